import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiMetrics } from './api-metrics';

/**
 * Operation names come from the client and could be anything: past this many distinct names, or for a name
 * no GraphQL client would write, the label is `other`, so a caller cannot make the api keep a series per request.
 */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Times each GraphQL operation by name and type and counts the errors it answers with by their code. */
export function graphqlMetrics<C extends object>(metrics: ApiMetrics): ApolloServerPlugin<C> {
  const known = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!known.has(name) && known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      let operation = 'anonymous';
      let type = 'unknown';
      return {
        async didResolveOperation(ctx) {
          operation = label(ctx.operationName);
          type = ctx.operation?.operation ?? 'unknown';
        },
        async willSendResponse({ response }) {
          stop({ operation, type });
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            metrics.refusals.inc({ code: typeof code === 'string' ? code : 'UNKNOWN', operation });
          }
        },
      };
    },
  };
}
