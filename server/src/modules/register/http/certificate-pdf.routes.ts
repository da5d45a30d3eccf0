import { Router } from 'express';
import { componentLogger } from '../../../common/logger';
import { requestedLocale } from '../../../http/requested-locale';
import { sessionOf } from '../../../http/request-session';
import type { Services } from '../../../services';
import { appUrlOf } from '../../notification/mailer';
import { certificatePdf } from '../certificate-pdf';

/**
 * GET /certificates/:number.pdf: the certificate document, public like verification, for a number in any
 * status (a withdrawn one says so on the page). `?lang=nl|en` chooses the language, else Accept-Language.
 * An unknown or malformed number is 404. They expect requestSession and the rate limit to have run first.
 */
export function certificatePdfRoutes(services: Services): Router {
  const log = componentLogger('api');
  const router = Router();
  router.get('/certificates/:file', (req, res) => {
    const number = /^(.+)\.pdf$/i.exec(req.params.file)?.[1] ?? '';
    const locale = requestedLocale(req);
    void (async () => {
      // verify() refuses what cannot be a number; for a document route that is simply nothing there.
      const entry = number ? await services.register.verify(sessionOf(res).em, number).catch(() => null) : null;
      if (!entry) return void res.status(404).type('text/plain').send('No certificate has this number.');
      const verifyUrl = new URL(`/register/verify/${encodeURIComponent(entry.certificateNumber)}`, appUrlOf(services.config)).toString();
      const pdf = await certificatePdf(entry, { locale, verifyUrl });
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${entry.certificateNumber.replace(/[^A-Za-z0-9.-]/g, '_')}.pdf"`,
        // A status change must show on the next fetch.
        'Cache-Control': 'public, no-cache',
        'Content-Language': locale,
        Vary: 'Accept-Language',
      });
      res.send(pdf);
    })().catch((err: unknown) => {
      log.error({ err }, 'GET /certificates failed');
      if (!res.headersSent) res.status(500).type('text/plain').send('Something went wrong on our side. Try again.');
    });
  });
  return router;
}
