import { trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import { currentLogFields, runWithLogFields } from '../common/log-context';
import { componentLogger } from '../common/logger';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A request ID a proxy or client passed along is kept, so one ID follows a request through every hop; one
 * that could smuggle anything into a log line or a header (too long, odd characters) is replaced.
 */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Probes and the client's static files: logged at debug, or every few seconds would bury the requests. */
const QUIET = /^\/(?!graphql(?:\/|$)|evidence(?:\/|$))/;

/** A calendar feed's address is its only key: the line names the route, never the secret in it. */
const SECRET_IN_PATH = /^(\/calendar\/)[^/]+$/;
export const loggablePath = (path: string): string => path.replace(SECRET_IN_PATH, '$1[secret]');

/**
 * Gives each request its ID (answered in X-Request-Id) and runs the rest of its handling with that ID on
 * every log line; when the answer is out, one line says what was asked, how it ended and how long it took.
 * The query string is left out of the line: it is the caller's and may carry anything.
 */
export function requestLog(): RequestHandler {
  const log = componentLogger('api');
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const requestId = given && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    runWithLogFields({ requestId }, () => {
      // Held here: 'close' is emitted from the socket's context, not the request's.
      const fields = currentLogFields();
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      res.once('close', () => {
        const path = loggablePath(req.originalUrl.split('?')[0]);
        const line = {
          ...fields,
          ...(traceId ? { traceId } : {}),
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...(res.writableFinished ? {} : { aborted: true }),
        };
        if (QUIET.test(path)) log.debug(line, 'request');
        else log.info(line, 'request');
      });
      next();
    });
  };
}
