import { Router } from 'express';
import { componentLogger } from '../../../common/logger';
import { requestedLocale } from '../../../http/requested-locale';
import { sessionOf } from '../../../http/request-session';
import type { Services } from '../../../services';
import { sendRefusal } from '../../evidence/http/http-answers';
import { attachmentDisposition } from '../../evidence/upload/file-name';
import { appUrlOf } from '../../notification/mailer';
import { writeDossierZip } from '../dossier-zip';

export const DOSSIER_PATH = '/cycles/:cycleId/dossier.zip';

const NOT_FOUND = { code: 'NOT_FOUND', message: 'There is no such document, or it is not yours to see.' };

/**
 * GET /cycles/:cycleId/dossier.zip: the cycle's whole dossier (reports, self-evaluation, audit trail, evidence
 * and manifest.json) as one zip, streamed as it is made, for whoever may read the cycle, signed in by the
 * session cookie. Everyone else, signed in or not, gets the same 404 as for a cycle that does not exist, as
 * for the other documents of a cycle, and nothing is streamed. `?lang=nl|en` chooses the language of the
 * documents, else Accept-Language. Once the zip has started a failure can only break the download off.
 * It expects requestSession and the rate limit to have run before it.
 */
export function dossierRoutes(services: Services): Router {
  const log = componentLogger('api');
  const router = Router();
  router.get(DOSSIER_PATH, (req, res) => {
    void (async () => {
      const { em, user: pendingUser } = sessionOf(res);
      const user = await pendingUser;
      const locale = requestedLocale(req);
      const options = { locale, appUrl: appUrlOf(services.config) };
      const dossier = user ? await services.dossiers.of(em, user, String(req.params.cycleId), options) : null;
      if (!dossier) return sendRefusal(res, 404, NOT_FOUND);
      const day = dossier.madeAt.toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'application/zip',
        'Content-Disposition': attachmentDisposition(`dossier ${dossier.organisationName} ${day}.zip`.replace(/[\\/:*?"<>|]/g, '_')),
        // Made for one reader from data that changes; access can change too.
        'Cache-Control': 'private, no-store',
        'Content-Language': locale,
        'X-Content-Type-Options': 'nosniff',
      });
      await writeDossierZip(dossier, res, (key) => services.evidence.storage.read(key));
    })().catch((err: unknown) => {
      // A reader that stopped reading is no failure of ours.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') log.error({ err }, `GET ${req.path} failed`);
      if (!res.headersSent) return sendRefusal(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again.' });
      res.destroy();
    });
  });
  return router;
}
