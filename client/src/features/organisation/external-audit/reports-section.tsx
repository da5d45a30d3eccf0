import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { DaysLeft } from '../../../components/ui/deadline';
import { auditReportPdfHref } from '../../../lib/cycle-document-href';
import { formatDateTime } from '../../../lib/format';
import { allows } from '../../../lib/viewer-can';
import { useOrgTexts } from '../organisation-texts';
import { ReplyForm } from './reply-form';

type Report = OrganisationExternalAuditFragment['reports'][number];

/** The draft report with the organisation's reply, and the final report with the advice. */
export function ReportsSection({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  const { o, locale } = useOrgTexts();
  const draft = cycle.reports.find((r) => r.kind === 'DRAFT');
  const final = cycle.reports.find((r) => r.kind === 'FINAL');
  // The form: when the server would take this viewer's reply now. The text for the others only describes.
  const canReply = allows(cycle, 'replyToDraftReport');
  const awaitingReply = cycle.step === 'AWAITING_REPLY';
  return (
    <>
      <section className="card" aria-labelledby="draft-title" data-testid="draft-report">
        <h2 id="draft-title">{o('external.draftTitle')}</h2>
        {!draft ? (
          <p className="muted">{o('external.draftLater')}</p>
        ) : (
          <>
            <ReportBody report={draft} cycleId={cycle.id} />
            <h3>{o('external.replyTitle')}</h3>
            {draft.reply ? (
              <p className="pre-wrap" data-testid="draft-reply">
                {draft.reply}
              </p>
            ) : canReply ? (
              <ReplyForm cycleId={cycle.id} dueAt={cycle.dueAt ?? null} overdue={cycle.overdue} />
            ) : awaitingReply ? (
              <p className="muted">
                {cycle.dueAt ? o('external.replyDueOthers', { date: formatDateTime(cycle.dueAt, locale) }) : o('external.noReplyYet')}{' '}
                {cycle.dueAt && <DaysLeft due={cycle.dueAt} overdue={cycle.overdue} />}
              </p>
            ) : (
              <p className="muted">{o('external.noReply')}</p>
            )}
          </>
        )}
      </section>
      <section className="card" aria-labelledby="final-title" data-testid="final-report">
        <h2 id="final-title">{o('external.finalTitle')}</h2>
        {!final ? (
          <p className="muted">{o('external.finalLater')}</p>
        ) : (
          <>
            {final.advice && (
              <p className="advice">
                {o('external.advice')}:{' '}
                <strong data-testid="advice" data-advice={final.advice}>
                  {o(`advice.${final.advice}`)}
                </strong>
              </p>
            )}
            <ReportBody report={final} cycleId={cycle.id} />
          </>
        )}
      </section>
    </>
  );
}

/** Summary, then strengths before improvement points, as the scheme's appreciative order asks; and the PDF. */
function ReportBody({ report, cycleId }: { report: Report; cycleId: string }) {
  const { o, locale } = useOrgTexts();
  return (
    <>
      <dl className="report">
        <dt>{o('external.issuedAt')}</dt>
        <dd>{formatDateTime(report.issuedAt, locale)}</dd>
        <dt>{o('external.summary')}</dt>
        <dd className="pre-wrap">{report.summary}</dd>
        <dt>{o('external.strengths')}</dt>
        <dd className="pre-wrap">{report.strengths}</dd>
        <dt>{o('external.improvementPoints')}</dt>
        <dd className="pre-wrap">{report.improvementPoints || '—'}</dd>
      </dl>
      <p>
        <a href={auditReportPdfHref(cycleId, report.kind, locale)} data-testid={`report-pdf-${report.kind.toLowerCase()}`}>
          {o('external.reportPdf')}
        </a>
      </p>
    </>
  );
}
