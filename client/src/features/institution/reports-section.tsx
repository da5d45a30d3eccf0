import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import { ReportForm, type ReportValues } from './report-form';
import { ReportView } from './report-view';
import type { SectionProps } from './section-props';

const InstitutionReportsDocument = graphql(`
  query InstitutionReports($id: ID!) {
    cycle(id: $id) {
      id
      reports {
        ...CycleAuditReport
      }
      auditFindings {
        id
        normId
        normCode
      }
      frameworkVersion {
        id
        categories {
          id
          position
          norms {
            id
            code
            position
          }
        }
      }
    }
  }
`);

const IssueDraftReportMutation = graphql(`
  mutation InstitutionIssueDraftReport($input: IssueDraftReportInput!) {
    issueDraftReport(input: $input) {
      ...InstitutionCycleHeader
    }
  }
`);

const IssueFinalReportMutation = graphql(`
  mutation InstitutionIssueFinalReport($input: IssueFinalReportInput!) {
    issueFinalReport(input: $input) {
      ...InstitutionCycleHeader
    }
  }
`);

const REFRESH = ['InstitutionReports', 'InstitutionInbox'];

/** The draft report with the organisation's reply, the final report with advice, and issuing them. */
export function ReportsSection({ cycle, rights }: SectionProps) {
  const { i, locale } = useInstitutionTexts();
  const { data, error, refetch } = useQuery(InstitutionReportsDocument, { variables: { id: cycle.id }, fetchPolicy: 'cache-and-network' });
  const draft = useCommand(IssueDraftReportMutation, { refetchQueries: REFRESH });
  const final = useCommand(IssueFinalReportMutation, { refetchQueries: REFRESH });
  if (!data) return <Pending error={error} onRetry={() => void refetch()} />;

  const { reports, auditFindings, frameworkVersion } = data.cycle;
  const draftReport = reports.find((r) => r.kind === 'DRAFT');
  const recorded = new Set(auditFindings.map((f) => f.normId));
  const missing = [...frameworkVersion.categories]
    .sort((a, b) => a.position - b.position)
    .flatMap((c) => [...c.norms].sort((a, b) => a.position - b.position))
    .filter((n) => !recorded.has(n.id))
    .map((n) => n.code);
  const replyState =
    cycle.step === 'AWAITING_REPLY'
      ? cycle.dueAt && !cycle.overdue
        ? i('reports.replyUntil', { date: formatDateTime(cycle.dueAt, locale) })
        : i('reports.noReplyYet')
      : i('reports.noReply');
  const replyDue = cycle.step === 'AWAITING_REPLY' && cycle.dueAt && !cycle.overdue ? cycle.dueAt : null;
  const lead = rights.part === 'LEAD';

  return (
    <div className="stack">
      {reports.length === 0 && !rights.issueDraft && (
        <p className="card muted">{cycle.step === 'AUDITING' ? i('reports.leadOnly') : i('reports.notYet')}</p>
      )}
      {reports.map((report) => (
        <ReportView key={report.id} report={report} replyState={replyState} replyDue={replyDue} cycleId={cycle.id} />
      ))}

      {rights.issueDraft && (
        <ReportForm
          testId="draft-report-form"
          title={i('reports.newDraft')}
          intro={i('reports.draftIntro')}
          note={missing.length > 0 ? i('reports.missingFindings', { norms: missing.join(', ') }) : undefined}
          submitLabel={i('reports.issueDraft')}
          busyLabel={i('reports.issuingDraft')}
          busy={draft.pending}
          refusal={draft.refusal}
          onInvalid={draft.reset}
          onSubmit={(values: ReportValues) => draft.run({ input: { cycleId: cycle.id, ...values } })}
        />
      )}

      {rights.issueFinal && (
        <ReportForm
          testId="final-report-form"
          title={i('reports.newFinal')}
          intro={i('reports.finalIntro')}
          initial={draftReport}
          withAdvice
          submitLabel={i('reports.issueFinal')}
          busyLabel={i('reports.issuingFinal')}
          busy={final.pending}
          refusal={final.refusal}
          onInvalid={final.reset}
          onSubmit={({ advice, ...values }: ReportValues) => final.run({ input: { cycleId: cycle.id, ...values, advice: advice! } })}
        />
      )}
      {lead && cycle.step === 'AWAITING_REPLY' && !rights.issueFinal && <p className="muted">{i('reports.waitForReply')}</p>}
    </div>
  );
}
