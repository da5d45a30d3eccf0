import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
// The same words for a finding as the organisation and the pair read them.
import { FindingText } from '../organisation/peer-review/learning-report-view';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';

const CyclePeerReportsQuery = graphql(`
  query InstitutionCyclePeerReports($id: ID!) {
    cycle(id: $id) {
      id
      peerLearningReports {
        peerVisitId
        status
        summary
        reply
        finalisedAt
        findings {
          id
          normCode
          goesWell
          intention
          learningPoints
        }
      }
    }
  }
`);

/**
 * In a combination test (COMBINED) the auditors also read the organisation's final peer learning reports:
 * read-only, beside the external audit they do. Shown to the cycle's lead and co-auditor, who alone read them.
 */
export function PeerReportsSection({ cycleId }: { cycleId: string }) {
  const { i, locale } = useInstitutionTexts();
  const { data, error, refetch } = useQuery(CyclePeerReportsQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const reports = data?.cycle.peerLearningReports;
  return (
    <section className="card" aria-labelledby="peer-reports-title" data-testid="peer-learning-reports">
      <h2 id="peer-reports-title">{i('peerReports.heading')}</h2>
      <p className="muted">{i('peerReports.intro')}</p>
      {!reports ? (
        <Pending error={error} onRetry={() => void refetch()} />
      ) : reports.length === 0 ? (
        <p>{i('peerReports.none')}</p>
      ) : (
        reports.map((r) => (
          <article key={r.peerVisitId} data-testid="peer-learning-report" aria-labelledby={`peer-report-${r.peerVisitId}`}>
            <h3 id={`peer-report-${r.peerVisitId}`}>{i('peerReports.report', { date: r.finalisedAt ? formatDate(r.finalisedAt, locale) : '' })}</h3>
            <dl className="facts">
              <dt>{i('peerReports.summary')}</dt>
              <dd>{r.summary}</dd>
              <dt>{i('peerReports.reply')}</dt>
              <dd>{r.reply}</dd>
            </dl>
            <details>
              <summary>{i('peerReports.findings', { count: r.findings.length })}</summary>
              <ul>
                {r.findings.map((f) => (
                  <li key={f.id}>
                    <strong>{f.normCode}</strong>
                    <FindingText finding={f} />
                  </li>
                ))}
              </ul>
            </details>
          </article>
        ))
      )}
    </section>
  );
}
