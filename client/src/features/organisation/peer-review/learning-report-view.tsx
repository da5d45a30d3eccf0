import { graphql } from '../../../gql';
import type { LearningReportFieldsFragment } from '../../../gql/graphql';
import { useLearningReportTexts } from './learning-report-texts';

export const LearningReportFields = graphql(`
  fragment LearningReportFields on LearningReport {
    peerVisitId
    status
    summary
    issuedByName
    reply
    repliedByName
    sharedAt
    findings {
      id
      normId
      normCode
      normTitle
      goesWell
      intention
      learningPoints
      revision
    }
  }
`);

/** The text of one finding, appreciative first: what goes well, the intention, then the points to learn from. */
export function FindingText({ finding }: { finding: { goesWell: string; intention: string; learningPoints: string } }) {
  const { r } = useLearningReportTexts();
  return (
    <dl className="finding-text">
      <dt>{r('finding.goesWell')}</dt>
      <dd>{finding.goesWell}</dd>
      {finding.intention && (
        <>
          <dt>{r('finding.intention')}</dt>
          <dd>{finding.intention}</dd>
        </>
      )}
      {finding.learningPoints && (
        <>
          <dt>{r('finding.learningPoints')}</dt>
          <dd>{finding.learningPoints}</dd>
        </>
      )}
    </dl>
  );
}

/** An issued learning report as everyone who may read it sees it: the summary, the findings per norm, the reply. */
export function LearningReportView({ report }: { report: LearningReportFieldsFragment }) {
  const { r } = useLearningReportTexts();
  return (
    <div data-testid="learning-report">
      <p>
        <strong>{r('status.label')}:</strong> <span data-testid="learning-report-status">{r(`status.${report.status}`)}</span>
        {report.sharedAt && <> · {r('report.shared')}</>}
      </p>
      {report.summary && (
        <section aria-labelledby="report-summary">
          <h2 id="report-summary">{r('report.summary')}</h2>
          <p className="preserve-lines">{report.summary}</p>
          {report.issuedByName && <p className="muted">{r('report.issuedBy', { name: report.issuedByName })}</p>}
        </section>
      )}
      <section aria-labelledby="report-findings">
        <h2 id="report-findings">{r('report.findings')}</h2>
        {report.findings.map((f) => (
          <article key={f.id} aria-labelledby={`finding-${f.id}`} data-testid="learning-report-finding">
            <h3 id={`finding-${f.id}`}>
              {f.normCode} {f.normTitle}
            </h3>
            <FindingText finding={f} />
          </article>
        ))}
      </section>
      {report.reply && (
        <section aria-labelledby="report-reply">
          <h2 id="report-reply">{r('report.reply')}</h2>
          <p className="preserve-lines" data-testid="learning-report-reply">
            {report.reply}
          </p>
          {report.repliedByName && <p className="muted">{r('report.repliedBy', { name: report.repliedByName })}</p>}
        </section>
      )}
    </div>
  );
}
