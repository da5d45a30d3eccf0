import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { useLearningReportTexts } from './learning-report-texts';
import { LearningReportView } from './learning-report-view';

const ReportQuery = graphql(`
  query OrgLearningReport($id: ID!) {
    learningReport(peerVisitId: $id) {
      ...LearningReportFields
      visit {
        id
        date
        visitedOrganisationId
        visitedOrganisationName
      }
    }
  }
`);

const ReplyMutation = graphql(`
  mutation ReplyToLearningReport($input: ReplyToLearningReportInput!) {
    replyToLearningReport(input: $input) {
      ...LearningReportFields
    }
  }
`);

const ShareMutation = graphql(`
  mutation ShareLearningReport($input: LearningReportCommandInput!) {
    shareLearningReport(input: $input) {
      ...LearningReportFields
    }
  }
`);

/**
 * A learning report as an organisation reads it: its own once issued (the quality officer replies, and shares the
 * final report with the group), another member's once that member shared it.
 */
export function LearningReportPage({ visitId }: { visitId: string }) {
  const { r, locale } = useLearningReportTexts();
  const me = useOrgUser();
  const query = useQuery(ReportQuery, { variables: { id: visitId }, fetchPolicy: 'cache-and-network' });
  const reply = useCommand(ReplyMutation, { refetchQueries: ['OrgLearningReport', 'OrgPeerReview'] });
  const share = useCommand(ShareMutation, { refetchQueries: ['OrgLearningReport', 'OrgPeerReview'] });
  const [text, setText] = useState('');
  const report = query.data?.learningReport;
  const back = (
    <p>
      <Link href="/peer-review">{r('backToGroup')}</Link>
    </p>
  );
  if (!report) {
    const missing = query.error && !query.loading;
    return (
      <OrgPage title={r('openReport')} testId="learning-report-page">
        {back}
        {missing ? <p className="card muted">{r('report.notReadable')}</p> : <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />}
      </OrgPage>
    );
  }
  const own = report.visit.visitedOrganisationId === me.organisationId && me.manage;

  function submitReply(event: FormEvent) {
    event.preventDefault();
    void reply.run({ input: { peerVisitId: visitId, reply: text } });
  }

  return (
    <OrgPage
      title={r('report.title', { name: report.visit.visitedOrganisationName })}
      lead={r('report.lead', { date: formatDate(report.visit.date, locale) })}
      testId="learning-report-page"
    >
      {back}
      <div className="card">
        <LearningReportView report={report} />
      </div>
      {own && report.status === 'ISSUED' && (
        <form className="card" onSubmit={submitReply} noValidate aria-labelledby="reply-heading" data-testid="learning-report-reply-form">
          <h2 id="reply-heading">{r('report.reply')}</h2>
          <Field id="report-reply-text" label={r('reply.label')} error={reply.refusal?.field === 'reply' ? reply.refusal.message : null}>
            <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          {reply.refusal && reply.refusal.field !== 'reply' && <Refusal refusal={reply.refusal} />}
          <div className="actions">
            <Button type="submit" busy={reply.pending} busyLabel={r('reply.busy')}>
              {r('reply.submit')}
            </Button>
          </div>
        </form>
      )}
      {own && report.status === 'FINAL' && !report.sharedAt && (
        <div className="card" data-testid="learning-report-share">
          <p className="muted">{r('share.hint')}</p>
          {share.refusal && <Refusal refusal={share.refusal} />}
          <div className="actions">
            <Button busy={share.pending} busyLabel={r('share.busy')} onClick={() => void share.run({ input: { peerVisitId: visitId } })}>
              {r('share.submit')}
            </Button>
          </div>
        </div>
      )}
    </OrgPage>
  );
}
