import type { RequestHandler } from 'express';
import type { ApiMetrics } from './api-metrics';

/** A route label from a fixed few, whatever path was asked: a label per path would grow without end. */
export function routeOf(path: string): string {
  const match = /^\/(graphql|evidence|healthz|readyz)(\/.+)?$/.exec(path);
  if (!match) return 'client';
  return match[1] === 'evidence' && match[2] ? '/evidence/:id' : `/${match[1]}`;
}

/** Times every request until its answer is out (or the client went away). */
export function httpMetrics(metrics: ApiMetrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.once('close', () => stop({ method: req.method, route: routeOf(req.originalUrl.split('?')[0]), status: String(res.statusCode) }));
    next();
  };
}
