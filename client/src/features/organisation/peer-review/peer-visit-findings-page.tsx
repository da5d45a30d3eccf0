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
import { LearningDashboardCard } from '../learning/learning-dashboard-card';
import { OrgPage } from '../org-page';
import { useLearningReportTexts } from './learning-report-texts';
import { FindingText, LearningReportView } from './learning-report-view';
import { PeerFindingForm } from './peer-finding-form';

const FindingsQuery = graphql(`
  query PeerVisitFindings($id: ID!) {
    myPeerVisits {
      id
      date
      status
      visitedOrganisationName
    }
    learningReport(peerVisitId: $id) {
      ...LearningReportFields
    }
  }
`);

const SelfEvaluationQuery = graphql(`
  query PeerVisitSelfEvaluation($id: ID!) {
    peerVisitSelfEvaluation(peerVisitId: $id) {
      peerVisitId
      norms {
        id
        code
        title
      }
      answers {
        id
        normId
        goesWell
        explanation
        toImprove
      }
      evidenceLinks {
        id
        normCode
        evidence {
          id
          name
          downloadUrl
        }
      }
    }
  }
`);

const IssueMutation = graphql(`
  mutation IssueLearningReport($input: IssueLearningReportInput!) {
    issueLearningReport(input: $input) {
      ...LearningReportFields
    }
  }
`);

const FinaliseMutation = graphql(`
  mutation FinaliseLearningReport($input: LearningReportCommandInput!) {
    finaliseLearningReport(input: $input) {
      ...LearningReportFields
    }
  }
`);

/**
 * One visit of a peer auditor: while the report is a draft, per norm the visited organisation's self-evaluation
 * and evidence beside the pair's finding (appreciative first), and issuing the report; after the reply, making
 * it final. The self-evaluation is readable from planning until the report is final, as the server allows.
 */
export function PeerVisitFindingsPage({ visitId }: { visitId: string }) {
  const { r, locale } = useLearningReportTexts();
  const query = useQuery(FindingsQuery, { variables: { id: visitId }, fetchPolicy: 'cache-and-network' });
  const reading = useQuery(SelfEvaluationQuery, { variables: { id: visitId }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  const issue = useCommand(IssueMutation, { refetchQueries: ['PeerVisitFindings'] });
  const finalise = useCommand(FinaliseMutation, { refetchQueries: ['PeerVisitFindings', 'PeerVisitSelfEvaluation'] });
  const [summary, setSummary] = useState('');
  const visit = query.data?.myPeerVisits.find((v) => v.id === visitId);
  const report = query.data?.learningReport;
  const material = reading.data?.peerVisitSelfEvaluation;

  function submitIssue(event: FormEvent) {
    event.preventDefault();
    void issue.run({ input: { peerVisitId: visitId, summary } });
  }

  const back = (
    <p>
      <Link href="/peer-visits">{r('back')}</Link>
    </p>
  );
  if (!visit || !report) {
    return (
      <OrgPage title={r('open')} testId="peer-visit-findings-page">
        {back}
        <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />
      </OrgPage>
    );
  }
  const findingOf = new Map(report.findings.map((f) => [f.normId, f]));
  const writing = report.status === 'DRAFT' && visit.status === 'CONFIRMED';
  return (
    <OrgPage title={r('visitTitle', { name: visit.visitedOrganisationName })} lead={r('visitLead', { date: formatDate(visit.date, locale) })} testId="peer-visit-findings-page">
      {back}
      {report.status === 'DRAFT' ? (
        <>
          <p className="card">
            <strong>{r('status.label')}:</strong> <span data-testid="learning-report-status">{r('status.DRAFT')}</span>
          </p>
          {visit.status !== 'CONFIRMED' && <p className="card muted">{r('notConfirmed')}</p>}
          <section className="card" aria-labelledby="peer-norms">
            <h2 id="peer-norms">{r('selfEvaluation.heading')}</h2>
            {!material ? (
              <PendingQuery error={reading.error} loading={reading.loading} onRetry={() => void reading.refetch()} />
            ) : material.norms.length === 0 ? (
              <p className="muted">{r('noNorms')}</p>
            ) : (
              material.norms.map((norm) => {
                const answer = material.answers.find((a) => a.normId === norm.id);
                const evidence = material.evidenceLinks.filter((l) => l.normCode === norm.code);
                const finding = findingOf.get(norm.id) ?? null;
                return (
                  <article key={norm.id} aria-labelledby={`norm-${norm.id}`} data-testid="peer-norm">
                    <h3 id={`norm-${norm.id}`}>
                      {norm.code} {norm.title}
                    </h3>
                    <h4>{r('selfEvaluation.answer')}</h4>
                    {answer ? <p className="preserve-lines">{[answer.goesWell, answer.explanation, answer.toImprove].filter(Boolean).join('\n')}</p> : <p className="muted">{r('selfEvaluation.noAnswer')}</p>}
                    {evidence.length > 0 && (
                      <>
                        <h4>{r('selfEvaluation.evidence')}</h4>
                        <ul>
                          {evidence.map((l) => (
                            <li key={l.id}>
                              <a href={l.evidence.downloadUrl} download={l.evidence.name}>
                                {l.evidence.name}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    {writing ? (
                      <PeerFindingForm key={norm.id} peerVisitId={visitId} norm={norm} finding={finding} />
                    ) : finding ? (
                      <FindingText finding={finding} />
                    ) : null}
                  </article>
                );
              })
            )}
          </section>
          {/* Read in the same window as the self-evaluation: while the report is a draft. */}
          {material && <LearningDashboardCard of={{ peerVisitId: visitId }} />}
          {writing && (
            <form className="card" onSubmit={submitIssue} noValidate aria-labelledby="issue-heading" data-testid="learning-report-issue">
              <h2 id="issue-heading">{r('issue.heading')}</h2>
              <Field id="issue-summary" label={r('issue.summary')} hint={r('issue.summaryHint')} error={issue.refusal?.field === 'summary' ? issue.refusal.message : null}>
                <textarea rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
              </Field>
              {issue.refusal && issue.refusal.field !== 'summary' && <Refusal refusal={issue.refusal} />}
              <div className="actions">
                <Button type="submit" busy={issue.pending} busyLabel={r('issue.busy')}>
                  {r('issue.submit')}
                </Button>
              </div>
            </form>
          )}
        </>
      ) : (
        <div className="card">
          <LearningReportView report={report} />
          {report.status === 'REPLIED' && (
            <div className="actions" data-testid="learning-report-finalise">
              {finalise.refusal && <Refusal refusal={finalise.refusal} />}
              <Button busy={finalise.pending} busyLabel={r('finalise.busy')} onClick={() => void finalise.run({ input: { peerVisitId: visitId } })}>
                {r('finalise.submit')}
              </Button>
            </div>
          )}
        </div>
      )}
    </OrgPage>
  );
}
