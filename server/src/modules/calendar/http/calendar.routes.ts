import { Router } from 'express';
import { componentLogger } from '../../../common/logger';
import { sessionOf } from '../../../http/request-session';
import type { Services } from '../../../services';

/**
 * GET /calendar/:secret.ics: a person's feed, fetched by calendar programs that cannot sign in, so the
 * secret is the only key. An unknown or stopped secret is 404, the same as a malformed one. They expect
 * requestSession (for its EntityManager) and the rate limit to have run before them.
 */
export function calendarRoutes(services: Services): Router {
  const log = componentLogger('api');
  const router = Router();
  router.get('/calendar/:file', (req, res) => {
    const token = /^(.+)\.ics$/.exec(req.params.file)?.[1] ?? '';
    void services.calendarFeeds
      .ics(sessionOf(res).em, token)
      .then((ics) => {
        // The address is the credential: no cache may keep a copy of what it opened.
        res.set({ 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' });
        if (ics === null) return void res.status(404).type('text/plain').send('No calendar at this address. Make a new one in your settings.');
        res.type('text/calendar; charset=utf-8').set('Content-Disposition', 'inline; filename="labelcycle.ics"').send(ics);
      })
      .catch((err: unknown) => {
        // The path holds the secret: the log names the route only.
        log.error({ err }, 'GET /calendar failed');
        if (!res.headersSent) res.status(500).type('text/plain').send('Something went wrong on our side. Try again.');
      });
  });
  return router;
}
