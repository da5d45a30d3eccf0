import type { ApolloServerPlugin } from '@apollo/server';
import { addLogFields } from '../common/log-context';

/** A cycle ID the operation names, among its variables or in an input object one of them holds. */
function cycleIdOf(variables: Record<string, unknown> | undefined): string | undefined {
  if (!variables) return undefined;
  const candidates = [variables.cycleId, ...Object.values(variables).map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>).cycleId : undefined))];
  return candidates.find((c): c is string => typeof c === 'string');
}

/**
 * Puts the GraphQL operation's name, and the cycle it names, on the request's log lines. Only these two:
 * variables also carry passwords and personal data, which are never logged.
 */
export function operationLogFields<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, request }) {
          const cycleId = cycleIdOf(request.variables);
          addLogFields({ ...(operationName ? { operationName } : {}), ...(cycleId ? { cycleId } : {}) });
        },
      };
    },
  };
}
