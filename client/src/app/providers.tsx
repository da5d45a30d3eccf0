import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { createApolloClient } from '../lib/apollo';
// Initialises i18next before the first render, with the shared texts bundled.
import '../i18n/i18n';

export function AppProviders({ children }: { children: ReactNode }) {
  // Created once per page load (not at import time), so a test can mount the app with a fresh cache.
  const [client] = useState(createApolloClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
