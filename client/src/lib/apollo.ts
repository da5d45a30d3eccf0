import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client for the page. The session is an httpOnly cookie on the same origin, so no token handling
 * here; requests stay POST with a JSON body, which is what the server's CSRF prevention expects.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // Progress has no id: merge new counts into the cycle's existing object instead of warning.
        Progress: { merge: true },
        Cycle: {
          fields: {
            // Lists the server always sends whole; the newest list replaces the old one.
            timeline: { merge: false },
            selfEvaluationAnswers: { merge: false },
            scopeUnits: { merge: false },
          },
        },
      },
    }),
  });
}
