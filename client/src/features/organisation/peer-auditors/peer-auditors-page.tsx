import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { formatDate } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { usePeerReviewTexts } from '../peer-review/peer-review-texts';
import { NominatePeerAuditorForm } from './nominate-peer-auditor-form';
import { PeerAuditorsQuery } from './peer-auditors-operations';
import { RecordTrainingForm } from './record-training-form';

const PAGE_SIZE = 20;

/**
 * The organisation's peer auditors: who it nominated, their training and whether it still counts. The
 * quality officer nominates and records trainings; the other members see the list.
 */
export function PeerAuditorsPage() {
  const { p, locale } = usePeerReviewTexts();
  const me = useOrgUser();
  const { data, error, loading, refetch, fetchMore } = useQuery(PeerAuditorsQuery, {
    variables: { organisationId: me.organisationId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [recording, setRecording] = useState<string | null>(null);
  const page = data?.peerAuditors;
  const nominated = new Set(page?.nodes.map((a) => a.personId));
  const candidates = (data?.organisation.members ?? []).filter((m) => !nominated.has(m.id));

  return (
    <OrgPage title={p('auditors.title')} lead={p('auditors.lead')} testId="peer-auditors-page">
      {!data || !page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : (
        <>
          {me.manage && <NominatePeerAuditorForm candidates={candidates} />}
          <section className="card" aria-labelledby="peer-auditors-list">
            <h2 id="peer-auditors-list">{p('auditors.listHeading')}</h2>
            {page.nodes.length === 0 ? (
              <p className="muted">{p('auditors.none')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="peer-auditors-list">
                <table className="table">
                  <caption>{p('auditors.caption', { count: page.totalCount })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{p('auditors.name')}</th>
                      <th scope="col">{p('auditors.training')}</th>
                      <th scope="col">{p('auditors.validUntil')}</th>
                      {me.manage && <td />}
                    </tr>
                  </thead>
                  <tbody>
                    {page.nodes.map((a) => (
                      <Fragment key={a.id}>
                        <tr data-testid="peer-auditor-row">
                          <th scope="row">{a.name}</th>
                          <td>{a.trainedOn ? p('auditors.trainedBy', { date: formatDate(a.trainedOn, locale), provider: a.trainingProvider }) : '—'}</td>
                          <td>
                            {a.trainingValidUntil ? `${formatDate(a.trainingValidUntil, locale)} · ` : ''}
                            {p(`auditors.status.${a.trainingStatus}`)}
                          </td>
                          {me.manage && (
                            <td>
                              {recording !== a.id && (
                                <Button variant="secondary" onClick={() => setRecording(a.id)} aria-label={p('auditors.record.open', { name: a.name })}>
                                  {p('auditors.record.start')}
                                </Button>
                              )}
                            </td>
                          )}
                        </tr>
                        {recording === a.id && (
                          <tr>
                            <td colSpan={4}>
                              <RecordTrainingForm auditorId={a.id} name={a.name} onDone={() => setRecording(null)} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <LoadMore onLoad={nextPage(data, fetchMore, 'peerAuditors')} busy={loading} label={p('auditors.loadMore')} className="actions" />
          </section>
        </>
      )}
    </OrgPage>
  );
}
