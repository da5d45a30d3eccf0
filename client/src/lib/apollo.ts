import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { currentLang } from '../i18n/i18n';

/** Every request names the reader's language, so texts the server words (audit trail, notifications) match the page. */
const fetchInLanguage: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), 'accept-language': currentLang() } });

/**
 * One client for the page. The session is an httpOnly cookie on the same origin, so no token handling
 * here; requests stay POST with a JSON body, which is what the server's CSRF prevention expects.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: fetchInLanguage }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // The library pages with "load more": pages of one list (same size and search) are appended.
            evidence: {
              keyArgs: ['first', 'search'],
              merge(existing: { nodes: unknown[] } | undefined, incoming: { nodes: unknown[] }, { args }) {
                return args?.after && existing ? { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] } : incoming;
              },
            },
          },
        },
        // A respondent's questionnaire is known by its invitation; its answers list is sent whole.
        RespondentTask: { keyFields: ['invitation', ['id']], fields: { answers: { merge: false } } },
        // Progress has no id: merge new counts into the cycle's existing object instead of warning.
        Progress: { merge: true },
        Cycle: {
          fields: {
            // Lists the server always sends whole; the newest list replaces the old one.
            timeline: { merge: false },
            selfEvaluationAnswers: { merge: false },
            scopeUnits: { merge: false },
            evidenceLinks: { merge: false },
          },
        },
      },
    }),
  });
}
