import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { routeOf } from '../metrics/http-metrics';

/**
 * A server span per request, the root of everything the request causes (the GraphQL operation, the
 * Temporal Update, the workflow and its activities), or a child of the caller's trace when a `traceparent`
 * header carries one. Named by route, never by path: IDs in paths would make every name unique.
 */
export function httpSpans(): RequestHandler {
  const tracer = trace.getTracer('labelcycle-api');
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const route = routeOf(req.originalUrl.split('?')[0]);
    const span = tracer.startSpan(
      `${req.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'http.route': route } },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
