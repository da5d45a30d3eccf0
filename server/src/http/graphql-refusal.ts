import type { ErrorRequestHandler, Response } from 'express';

/** A refusal in the GraphQL-over-HTTP shape, for what is answered on /graphql before Apollo sees the request. */
export function sendGraphqlRefusal(res: Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

const BODY_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
};

/**
 * A body that cannot be read (not JSON, too large, an unknown charset) is answered in GraphQL's shape rather
 * than by Express's error page, which outside production shows the stack. The parser's own message (a
 * token and position from JSON.parse) is the JavaScript engine's, so a client gets a plain one instead.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const e = err as { type?: string; status?: number };
  if (res.headersSent || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return next(err);
  sendGraphqlRefusal(res, e.status, 'BAD_REQUEST', BODY_MESSAGES[e.type ?? ''] ?? 'The request body could not be read.');
};
