import { useQuery } from '@apollo/client/react';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Link } from 'wouter';
import { graphql } from '../../../gql';
import { formatDate } from '../../../lib/format';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { useLearningReportTexts } from './learning-report-texts';
import { usePeerReviewTexts } from './peer-review-texts';

const MyPeerVisitsQuery = graphql(`
  query MyPeerVisits {
    myPeerVisits {
      id
      date
      status
      visitedOrganisationName
      learningReportStatus
      auditors {
        id
        personId
        name
        organisationName
      }
    }
  }
`);

/**
 * A peer auditor's own visits, in whichever group: the organisation, the day, the other auditor of the pair,
 * and whether the visited organisation confirmed the date. Read-only; the quality officers plan.
 */
export function MyPeerVisitsPage() {
  const { p, locale } = usePeerReviewTexts();
  const { r } = useLearningReportTexts();
  const me = useOrgUser();
  const query = useQuery(MyPeerVisitsQuery, { fetchPolicy: 'cache-and-network' });
  const visits = query.data?.myPeerVisits;
  return (
    <OrgPage title={p('myVisits.title')} lead={p('myVisits.lead')} testId="my-peer-visits-page">
      {!visits ? (
        <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />
      ) : visits.length === 0 ? (
        <p className="card muted">{p('myVisits.none')}</p>
      ) : (
        <div className="card">
          <table>
            <caption className="visually-hidden">{p('myVisits.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{p('myVisits.visited')}</th>
                <th scope="col">{p('myVisits.date')}</th>
                <th scope="col">{p('myVisits.with')}</th>
                <th scope="col">{p('myVisits.status')}</th>
                <th scope="col">{r('status.label')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.id} data-testid="my-peer-visit">
                  <td>{v.visitedOrganisationName}</td>
                  <td>{formatDate(v.date, locale)}</td>
                  <td>
                    {v.auditors
                      .filter((a) => a.personId !== me.userId)
                      .map((a) => p('visits.auditorOption', { name: a.name, organisation: a.organisationName }))
                      .join('; ')}
                  </td>
                  <td>{p(`visits.status.${v.status}`)}</td>
                  <td>
                    {r(`status.${v.learningReportStatus}`)}{' '}
                    <Link href={`/peer-visits/${v.id}`} aria-label={r('openLabel', { name: v.visitedOrganisationName })}>
                      {r('open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OrgPage>
  );
}
