import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Loading } from '../components/ui/loading';
import { QueryError } from '../components/ui/query-error';
import { MeQuery } from '../features/auth/me-query';
import { SessionContext, type Session } from '../lib/session-context';
import { AppShell } from './app-shell';
import { AppProviders } from './providers';
import { AppRoutes } from './router';

function SignedInGate() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  if (loading && !data) {
    return (
      <AppShell>
        <Loading />
      </AppShell>
    );
  }
  if (error && !data) {
    return (
      <AppShell>
        <QueryError error={error} onRetry={() => void refetch()} />
      </AppShell>
    );
  }
  const user = data?.me ?? null;
  return (
    <AppShell user={user}>
      <AppRoutes user={user} />
    </AppShell>
  );
}

function SessionRoot() {
  const client = useApolloClient();
  const [generation, setGeneration] = useState(0);
  const session = useMemo<Session>(
    () => ({
      async end() {
        // Drop every cached object of the previous user, then remount the tree so all queries start
        // clean (clearStore alone leaves mounted queries showing their old data).
        await client.clearStore();
        setGeneration((g) => g + 1);
      },
    }),
    [client],
  );
  return (
    <SessionContext.Provider value={session}>
      <SignedInGate key={generation} />
    </SessionContext.Provider>
  );
}

export function App() {
  return (
    <AppProviders>
      <SessionRoot />
    </AppProviders>
  );
}
