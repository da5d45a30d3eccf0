import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo';
import { I18nProvider } from '../lib/i18n-context';

export function AppProviders({ children }: { children: ReactNode }) {
  // Created once per page load (not at import time), so a test can mount the app with a fresh cache.
  const [client] = useState(createApolloClient);
  return (
    <I18nProvider>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </I18nProvider>
  );
}
