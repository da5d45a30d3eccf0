import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from '../../../common/errors';

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WRONG_PHASE: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
};

/** A JSON refusal in the shape GraphQL refusals have in `extensions`: a code, a message and maybe a field. */
export function sendRefusal(res: Response, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.status(status).json(body);
}

export function sendDomainError(res: Response, err: DomainError): void {
  sendRefusal(res, STATUS[err.code] ?? 400, { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...(err.details ?? {}) });
}

/** How long a refused upload may keep sending before the connection is closed. */
const DRAIN_MS = 5_000;

/**
 * After answering before the body was read (a refusal), the rest of the body is read and thrown away for
 * a short while instead of closing at once: a socket closed with unread data sends a reset, and the client
 * might then lose the answer it has not read yet. Nothing is kept, so memory stays flat. Then the
 * connection is closed either way, so nothing else is sent on a connection whose body was cut short; a
 * client that keeps sending past the grace period is cut off.
 */
export function drainAndClose(req: IncomingMessage): void {
  if (req.readableEnded) return;
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  timer.unref();
  req.on('end', () => {
    clearTimeout(timer);
    req.socket.end();
  });
  req.on('close', () => clearTimeout(timer));
  req.resume();
}
