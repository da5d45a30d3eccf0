import type { EntityManager } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import { componentLogger } from '../../../common/logger';
import { requestedLocale } from '../../../http/requested-locale';
import { sessionOf } from '../../../http/request-session';
import type { Services } from '../../../services';
import type { Locale } from '../../cycle/process-texts';
import { ReportKind } from '../../external-audit/audit-report.entity';
import { sendRefusal } from '../../evidence/http/http-answers';
import type { User } from '../../user/user.entity';
import { auditReportPdf } from '../audit-report-pdf';
import { selfEvaluationCsv, selfEvaluationPdf } from '../self-evaluation-export';

/** The documents of a cycle, each at its own address under the cycle. */
export const CYCLE_DOCUMENT_PATHS = ['/cycles/:cycleId/audit-report.pdf', '/cycles/:cycleId/self-evaluation.pdf', '/cycles/:cycleId/self-evaluation.csv'];

const NOT_FOUND = { code: 'NOT_FOUND', message: 'There is no such document, or it is not yours to see.' };
const KINDS: Record<string, ReportKind> = { draft: ReportKind.DRAFT, final: ReportKind.FINAL };

interface Document {
  body: Buffer | string;
  contentType: string;
  fileName: string;
}

/** What a document is made from: the request, its unit of work, the signed-in caller and the language. */
interface Asked {
  req: Request;
  em: EntityManager;
  user: User;
  locale: Locale;
}

type Make = (services: Services, asked: Asked) => Promise<Document | null>;

/** `?kind=draft|final` names the report; without it, the latest issued. Any other kind is no document. */
const auditReport: Make = async (services, { req, em, user, locale }) => {
  const kind = typeof req.query.kind === 'string' ? req.query.kind.toLowerCase() : null;
  if (kind !== null && !KINDS[kind]) return null;
  const report = await services.reportDocuments.auditReport(em, user, String(req.params.cycleId), kind ? KINDS[kind] : null);
  if (!report) return null;
  return { body: await auditReportPdf(report, { locale }), contentType: 'application/pdf', fileName: `audit-report-${report.kind.toLowerCase()}.pdf` };
};

const selfEvaluation = (format: 'pdf' | 'csv'): Make => async (services, { req, em, user, locale }) => {
  const document = await services.reportDocuments.selfEvaluationOf(em, user, String(req.params.cycleId));
  if (!document) return null;
  return format === 'pdf'
    ? { body: await selfEvaluationPdf(document, { locale }), contentType: 'application/pdf', fileName: 'self-evaluation.pdf' }
    : { body: selfEvaluationCsv(document, locale), contentType: 'text/csv; charset=utf-8; header=present', fileName: 'self-evaluation.csv' };
};

/**
 * GET /cycles/:cycleId/audit-report.pdf, /self-evaluation.pdf and /self-evaluation.csv: documents made
 * from a cycle at the moment of the request, for whoever may read that part of the cycle on screen, signed
 * in by the session cookie. Everyone else, signed in or not, gets the same 404 as for a cycle that does not
 * exist, as for evidence downloads. `?lang=nl|en` chooses the language, else Accept-Language. They expect
 * requestSession and the rate limit to have run before them.
 */
export function reportDocumentRoutes(services: Services): Router {
  const log = componentLogger('api');
  const router = Router();
  const serve = (make: Make) => (req: Request, res: Response) => {
    void (async () => {
      const { em, user: pendingUser } = sessionOf(res);
      const user = await pendingUser;
      const locale = requestedLocale(req);
      const document = user ? await make(services, { req, em, user, locale }) : null;
      if (!document) return sendRefusal(res, 404, NOT_FOUND);
      res.set({
        'Content-Type': document.contentType,
        'Content-Disposition': `attachment; filename="${document.fileName}"`,
        // Made for one reader from data that changes; access can change too.
        'Cache-Control': 'private, no-store',
        'Content-Language': locale,
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(document.body);
    })().catch((err: unknown) => {
      log.error({ err }, `GET ${req.path} failed`);
      sendRefusal(res, 500, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again.' });
    });
  };
  const [auditReportPath, selfEvaluationPdfPath, selfEvaluationCsvPath] = CYCLE_DOCUMENT_PATHS;
  router.get(auditReportPath, serve(auditReport));
  router.get(selfEvaluationPdfPath, serve(selfEvaluation('pdf')));
  router.get(selfEvaluationCsvPath, serve(selfEvaluation('csv')));
  return router;
}
