import { useQuery } from '@apollo/client/react';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { PeerGroupMembers } from './peer-group-members';
import { SectorFormedPeerGroupsQuery, SectorPeerSignUpsQuery } from './peer-review-operations';
import { useSectorPeerReviewTexts } from './peer-review-texts';

const PAGE = 20;

/** The groups that exist, newest first, page by page. */
export function FormedGroups() {
  const { p, locale } = useSectorPeerReviewTexts();
  const { data, loading, error, refetch, fetchMore } = useQuery(SectorFormedPeerGroupsQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const groups = data?.peerGroups.nodes;
  return (
    <section className="card" aria-labelledby="peer-formed" data-testid="formed-groups">
      <h2 id="peer-formed">{p('formed.heading')}</h2>
      {!groups ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : groups.length === 0 ? (
        <p className="muted">{p('formed.none')}</p>
      ) : (
        <ol className="sector-list">
          {groups.map((g) => (
            <li key={g.id} data-testid="formed-group">
              <p>
                {g.decidedAt && p('formed.formedOn', { date: formatDateTime(g.decidedAt, locale) })} · {p(g.proposed ? 'formed.byThemselves' : 'formed.bySector')}
              </p>
              <PeerGroupMembers members={g.members} />
              {g.visits.length === 0 ? (
                <p className="muted">{p('formed.noVisits')}</p>
              ) : (
                <ul aria-label={p('formed.visits')} data-testid="formed-group-visits">
                  {g.visits.map((v) => (
                    <li key={v.id}>
                      {p('formed.visit', {
                        visited: v.visitedOrganisationName,
                        date: formatDate(v.date, locale),
                        pair: v.auditors.map((a) => `${a.name} (${a.organisationName})`).join(', '),
                        status: p(`formed.visitStatus.${v.status}`),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'peerGroups')} busy={loading} label={p('formed.loadMore')} className="actions" />
    </section>
  );
}

/** Every sign-up, newest first, page by page: who wants to be assessed when, where, and at what size. */
export function SignUpsTable() {
  const { p, locale } = useSectorPeerReviewTexts();
  const { data, loading, error, refetch, fetchMore } = useQuery(SectorPeerSignUpsQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const page = data?.peerReviewSignUps;
  return (
    <section className="card" aria-labelledby="peer-sign-ups" data-testid="peer-sign-ups">
      <h2 id="peer-sign-ups">{p('signUps.heading')}</h2>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="muted">{p('signUps.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{p('signUps.caption', { count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{p('signUps.organisation')}</th>
                <th scope="col">{p('signUps.region')}</th>
                <th scope="col" className="num">
                  {p('signUps.fte')}
                </th>
                <th scope="col">{p('signUps.period')}</th>
                <th scope="col">{p('signUps.partners')}</th>
                <th scope="col">{p('signUps.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((s) => (
                <tr key={s.id} data-testid="peer-sign-up-row">
                  <th scope="row">{s.organisation.name}</th>
                  <td>{s.region}</td>
                  <td className="num">{formatNumber(s.fte, locale)}</td>
                  <td>{p('period', { from: formatDate(s.periodFrom, locale), until: formatDate(s.periodUntil, locale) })}</td>
                  <td>{p(s.partnersKnown ? 'signUps.partnersKnown' : 'signUps.partnersOpen')}</td>
                  <td>{p(`signUps.statuses.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'peerReviewSignUps')} busy={loading} label={p('signUps.loadMore')} className="actions" />
    </section>
  );
}
