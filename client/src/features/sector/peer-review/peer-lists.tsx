import { useQuery } from '@apollo/client/react';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { PeerGroupMembers } from './peer-group-members';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Refusal } from '../../../components/ui/refusal';
import { useCommand } from '../../../lib/use-command';
import { PEER_REVIEW_QUERIES, RegisterPeerReviewMutation, SectorFormedPeerGroupsQuery, SectorPeerSignUpsQuery } from './peer-review-operations';
import { useSectorPeerReviewTexts } from './peer-review-texts';

const PAGE = 20;

/** The groups that exist, newest first, page by page. */
export function FormedGroups({ canDecide }: { canDecide: boolean }) {
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
                    <li key={v.id} data-testid="formed-group-visit" data-visit={v.id}>
                      {p('formed.visit', {
                        visited: v.visitedOrganisationName,
                        date: formatDate(v.date, locale),
                        pair: v.auditors.map((a) => `${a.name} (${a.organisationName})`).join(', '),
                        status: p(`formed.visitStatus.${v.status}`),
                      })}
                      {v.registration ? (
                        <span className="sector-sub" data-testid="visit-registered">
                          {p('formed.registered', { date: formatDate(v.registration.validUntil, locale) })}
                        </span>
                      ) : (
                        canDecide && v.learningReportStatus === 'FINAL' && <RegisterVisit visitId={v.id} visited={v.visitedOrganisationName} />
                      )}
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

/** Registers a visit's peer assessment, once its report is final, after the check: an entry cannot be taken back. */
function RegisterVisit({ visitId, visited }: { visitId: string; visited: string }) {
  const { p } = useSectorPeerReviewTexts();
  const register = useCommand(RegisterPeerReviewMutation, { refetchQueries: PEER_REVIEW_QUERIES });
  const check = useConfirmStep();
  return (
    <div data-testid="visit-register">
      {register.refusal && <Refusal refusal={register.refusal} />}
      <ConfirmStep step={check} effect={p('formed.registerEffect', { visited })} told={p('formed.registerTold')} busy={register.pending} busyLabel={p('formed.registerBusy')}>
        <div className="actions">
          <Button onClick={() => check.ask(() => register.run({ input: { peerVisitId: visitId } }))}>{p('formed.register', { visited })}</Button>
        </div>
      </ConfirmStep>
    </div>
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
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="peer-sign-ups">
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
