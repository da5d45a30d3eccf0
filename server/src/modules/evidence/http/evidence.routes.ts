import { Router, type Request, type Response } from 'express';
import { componentLogger } from '../../../common/logger';
import type { ApiMetrics } from '../../../metrics/api-metrics';
import type { Services } from '../../../services';
import { downloadHandler } from './download.handler';
import { drainAndClose } from './http-answers';
import { uploadHandler } from './upload.handler';

/**
 * The two HTTP routes beside /graphql (files do not travel through GraphQL); the work is in the handlers.
 * They expect requestSession (and the rate limit) to have run on /evidence before them.
 */
export function evidenceRoutes(services: Services, metrics: Pick<ApiMetrics, 'evidenceBytes'>): Router {
  const apiLog = componentLogger('api');
  const log = (message: string, err: unknown) => apiLog.error({ err }, message);
  const upload = uploadHandler(services, log, (bytes) => metrics.evidenceBytes.inc(bytes));
  const download = downloadHandler(services, log);

  const failed = (req: Request, res: Response) => (err: unknown) => {
    log(`${req.method} ${req.path} failed`, err);
    if (res.headersSent) return void res.destroy();
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side; nothing was stored. Try again.' });
    drainAndClose(req);
  };
  const router = Router();
  router.post('/evidence', (req, res) => void upload(req, res).catch(failed(req, res)));
  router.get('/evidence/:id', (req, res) => void download(req, res).catch(failed(req, res)));
  return router;
}
