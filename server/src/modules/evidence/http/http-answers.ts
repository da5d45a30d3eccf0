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
  // Too large for what the organisation has left, as TOO_LARGE is for what one upload may be.
  QUOTA_EXCEEDED: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** A JSON refusal in the shape GraphQL refusals have in `extensions`: a code, a message and maybe a field. */
export function sendRefusal(res: Response, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.status(status).json(body);
}

export function sendDomainError(res: Response, err: DomainError): void {
  sendRefusal(res, STATUS[err.code] ?? 400, { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...(err.details ?? {}) });
}

/** How long a refused upload may keep sending, and how much of it is read, before the connection is closed. */
export interface Linger {
  ms: number;
  bytes: number;
}

/** For a signed-in person's refused upload: the browser gets its answer even if it reads only once it has sent. */
export const LINGER: Linger = { ms: 5_000, bytes: Infinity };

/**
 * For a request refused before anyone was identified (no upload header, no valid session): a small body is
 * still read to its end, so the connection closes cleanly; of a larger one no more than 64 KB is read, and
 * after a second the connection is closed. The answer was sent at once, so the client has had it.
 */
export const BRIEF_LINGER: Linger = { ms: 1_000, bytes: 64 * 1024 };

/**
 * After answering before the body was read (a refusal), the rest of the body is read and thrown away for
 * a short while instead of closing at once: a socket closed with unread data sends a reset, and the client
 * might then lose the answer it has not read yet. Nothing is kept, so memory stays flat. Reading stops at
 * `linger.bytes`; the client's sending then stalls. Then the connection is closed either way, so nothing
 * else is sent on a connection whose body was cut short; a client that keeps sending past the grace period
 * is cut off.
 */
export function drainAndClose(req: IncomingMessage, linger: Linger = LINGER): void {
  if (req.readableEnded) return;
  const socket = req.socket;
  // When the answer says "Connection: close" (the client asked for it, as node:http does without an agent),
  // node destroys the socket the moment the answer is written, with the body still arriving: the reset
  // this lingering exists to avoid, and a client still writing may then see its write fail before it has
  // read the answer. Ending only the sending side keeps the answer whole and the body draining.
  socket.destroySoon = () => socket.end();
  const timer = setTimeout(() => socket.destroy(), linger.ms);
  timer.unref();
  req.on('end', () => socket.end());
  socket.once('close', () => clearTimeout(timer));
  let read = 0;
  req.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read >= linger.bytes) req.pause();
  });
}
