import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler, Response } from 'express';
import { addLogFields } from '../common/log-context';
import { readCookie, SESSION_COOKIE } from '../modules/auth/session-token';
import type { User } from '../modules/user/user.entity';
import type { Services } from '../services';

/** Who is calling, looked up once per request for the rate limit (which keys on the user) and the handler. */
export interface RequestSession {
  /** The request's own unit of work; the session lookup runs in it. */
  em: EntityManager;
  /** The raw token from the cookie, so logout can end exactly this session. */
  sessionToken: string | null;
  /** The signed-in user or null; rejected when the database fails, for whoever awaits it to answer that failure. */
  user: Promise<User | null>;
}

export function requestSession(orm: MikroORM, services: Services): RequestHandler {
  return (req, res, next) => {
    const em = orm.em.fork();
    const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
    const user = services.auth.userForToken(em, sessionToken);
    // Marked as handled: the rate limit and the handler each await it and deal with a failure themselves.
    // Once known, the user is on every log line of the request.
    user.then((u) => u && addLogFields({ userId: u.id })).catch(() => undefined);
    const session: RequestSession = { em, sessionToken, user };
    res.locals.session = session;
    next();
  };
}

export function sessionOf(res: Response): RequestSession {
  const session = res.locals.session as RequestSession | undefined;
  if (!session) throw new Error('requestSession must run before this handler');
  return session;
}
