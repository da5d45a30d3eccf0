import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Config } from '../config';
import { sessionOf } from './request-session';

const WINDOW_MS = 60_000;

/**
 * Requests per client per minute: RATE_LIMIT_PER_MINUTE for each signed-in user (all their sessions
 * together), RATE_LIMIT_ANONYMOUS_PER_MINUTE for each client address without a valid session (req.ip, so
 * behind a proxy TRUST_PROXY decides what that is). A refused request gets 429 and Retry-After, worded by
 * `refuse` in the route's own shape. Counts are kept in this process: with several api replicas each
 * counts its own share.
 */
export function clientRateLimit(config: Config, refuse: (req: Request, res: Response, message: string, retryAfterSeconds: number) => void): RequestHandler {
  // A failed session lookup counts as anonymous here; the handler answers the failure itself.
  const userOf = (res: Response) => sessionOf(res).user.catch(() => null);
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: async (_req, res) => ((await userOf(res)) ? config.RATE_LIMIT_PER_MINUTE : config.RATE_LIMIT_ANONYMOUS_PER_MINUTE),
    keyGenerator: async (req, res) => {
      const user = await userOf(res);
      // ipKeyGenerator counts an IPv6 client by its /56 network: one client usually holds all of it.
      return user ? `user:${user.id}` : `address:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const seconds = Number(res.getHeader('Retry-After') ?? WINDOW_MS / 1000);
      refuse(req, res, `Too many requests; wait ${seconds} seconds and try again.`, seconds);
    },
  });
}
