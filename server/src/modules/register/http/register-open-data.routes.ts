import { Router, type Request, type Response } from 'express';
import { componentLogger } from '../../../common/logger';
import { sessionOf } from '../../../http/request-session';
import type { Services } from '../../../services';
import { entityTag, openDataRecord, registerCsv, registerJson } from '../register-open-data';

interface OpenDataFormat {
  path: string;
  contentType: string;
  disposition: string;
  render: typeof registerCsv;
}

const FORMATS: OpenDataFormat[] = [
  { path: '/register.csv', contentType: 'text/csv; charset=utf-8; header=present', disposition: 'attachment; filename="register.csv"', render: registerCsv },
  { path: '/register.json', contentType: 'application/json; charset=utf-8', disposition: 'inline', render: registerJson },
];

/**
 * The register's open-data files, anonymous like the register page. Readers poll them, so every answer
 * carries an ETag and Last-Modified and a conditional request that matches gets 304 without a body;
 * `no-cache` makes caches ask again each time, as a suspension must show at once. They expect requestSession
 * and the rate limit to have run before them.
 */
export function registerOpenDataRoutes(services: Services): Router {
  const log = componentLogger('api');
  const router = Router();
  for (const format of FORMATS) {
    router.get(format.path, (req, res) => {
      void serve(format, req, res).catch((err: unknown) => {
        log.error({ err }, `GET ${format.path} failed`);
        if (res.headersSent) return void res.destroy();
        res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again.' });
      });
    });
  }
  async function serve(format: OpenDataFormat, req: Request, res: Response): Promise<void> {
    const { entries, lastChanged } = await services.register.listAll(sessionOf(res).em);
    const body = format.render(entries.map(openDataRecord));
    res.set({
      'Content-Type': format.contentType,
      'Content-Disposition': format.disposition,
      'Cache-Control': 'public, no-cache',
      ETag: entityTag(body),
      'Access-Control-Allow-Origin': '*',
    });
    if (lastChanged) res.set('Last-Modified', lastChanged.toUTCString());
    if (notModified(req, res.get('ETag')!, lastChanged)) return void res.status(304).end();
    res.send(body);
  }
  return router;
}

/**
 * The conditions of a GET: If-None-Match first (weak comparison, so a proxy's W/ does not matter), and
 * If-Modified-Since only without it. Express's req.fresh also answers "modified" to any request saying
 * `Cache-Control: no-cache`, which fetch() adds to every conditional request; an origin server weighs the
 * conditions whatever the request tells caches.
 */
function notModified(req: Request, etag: string, lastChanged: Date | null): boolean {
  const noneMatch = req.get('If-None-Match');
  if (noneMatch !== undefined) {
    const weakless = (tag: string) => tag.trim().replace(/^W\//, '');
    return noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => weakless(tag) === weakless(etag));
  }
  const since = Date.parse(req.get('If-Modified-Since') ?? '');
  // HTTP dates have whole seconds; the change counts from the second it fell in.
  return lastChanged !== null && !Number.isNaN(since) && Math.floor(lastChanged.getTime() / 1000) * 1000 <= since;
}
