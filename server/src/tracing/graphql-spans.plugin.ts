import type { ApolloServerPlugin } from '@apollo/server';
import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

/**
 * A span per GraphQL operation, under the request's, named by operation type and name as OpenTelemetry's
 * GraphQL conventions have it; the operation's name is put on the request's span too. Apollo runs the
 * operation itself, so this span cannot be made the current one while resolvers run: what they start (a
 * Temporal Update) hangs under the request's span, beside this one.
 */
export function graphqlSpans<C extends object>(): ApolloServerPlugin<C> {
  const tracer = trace.getTracer('labelcycle-api');
  return {
    async requestDidStart() {
      const request = trace.getActiveSpan();
      let span: Span | null = null;
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'unknown';
          const attributes = { 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) };
          span = tracer.startSpan(operationName ? `${type} ${operationName}` : type, { attributes }, context.active());
          request?.setAttributes(attributes);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          if (codes.length) span?.setAttribute('graphql.error.codes', codes);
          if (codes.includes('INTERNAL_SERVER_ERROR')) span?.setStatus({ code: SpanStatusCode.ERROR });
          span?.end();
        },
      };
    },
  };
}
