import { lazy, Suspense } from 'react';
import { Loading } from '../components/ui/loading';
import type { SessionUserFragment } from '../gql/graphql';

// The signed-in screens load as separate chunks, so the login page stays small on a slow connection.
const OrganisationPage = lazy(() =>
  import('../features/cycle/organisation-page').then((m) => ({ default: m.OrganisationPage })),
);
const CyclesPage = lazy(() => import('../features/cycle/cycles-page').then((m) => ({ default: m.CyclesPage })));

/**
 * There is one screen per kind of user in this slice, so the "route" is chosen by who is signed in;
 * a URL router comes when screens link to each other.
 */
export function AppRoutes({ user }: { user: SessionUserFragment }) {
  return (
    <Suspense fallback={<Loading />}>
      {user.organisation ? (
        <OrganisationPage organisationId={user.organisation.id} role={user.role} />
      ) : (
        <CyclesPage />
      )}
    </Suspense>
  );
}
