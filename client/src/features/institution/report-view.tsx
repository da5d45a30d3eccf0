import type { InstitutionReportsQuery } from '../../gql/graphql';
import { DaysLeft } from '../../components/ui/deadline';
import { auditReportPdfHref } from '../../lib/cycle-document-href';
import { formatDateTime } from '../../lib/format';
import { useInstitutionTexts } from './institution-texts';

type Report = InstitutionReportsQuery['cycle']['reports'][number];

/** An issued report as the organisation received it; the draft with the organisation's reply; and its PDF. */
export function ReportView({ report, replyState, replyDue, cycleId }: { report: Report; replyState: string; replyDue: string | null; cycleId: string }) {
  const { i, locale } = useInstitutionTexts();
  const draft = report.kind === 'DRAFT';
  const id = `report-${report.id}`;
  return (
    <article className="card inst-report" aria-labelledby={`${id}-title`} data-testid={draft ? 'draft-report' : 'final-report'}>
      <h3 id={`${id}-title`}>{draft ? i('reports.draftTitle') : i('reports.finalTitle')}</h3>
      <p className="muted">{i('reports.issuedAt', { date: formatDateTime(report.issuedAt, locale) })}</p>
      <dl className="inst-answer">
        {report.advice && (
          <>
            <dt>{i('reports.advice')}</dt>
            <dd data-testid="report-advice">
              <strong>{i(`advice.${report.advice}`)}</strong>
            </dd>
          </>
        )}
        <dt>{i('reports.summary')}</dt>
        <dd className="inst-text">{report.summary}</dd>
        <dt>{i('reports.strengths')}</dt>
        <dd className="inst-text">{report.strengths}</dd>
        {report.improvementPoints && (
          <>
            <dt>{i('reports.improvementPoints')}</dt>
            <dd className="inst-text">{report.improvementPoints}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={auditReportPdfHref(cycleId, report.kind, locale)} data-testid={`report-pdf-${report.kind.toLowerCase()}`}>
          {i('reports.pdf')}
        </a>
      </p>
      {draft && (
        <section className="inst-reply" aria-labelledby={`${id}-reply`} data-testid="draft-reply">
          <h4 id={`${id}-reply`}>{i('reports.reply')}</h4>
          {report.reply ? <p className="inst-text">{report.reply}</p> : (
            <p className="muted">
              {replyState} {replyDue && <DaysLeft due={replyDue} />}
            </p>
          )}
        </section>
      )}
    </article>
  );
}
