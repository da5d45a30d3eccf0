import { useQuery } from '@apollo/client/react';
import { Deadline } from '../../../components/ui/deadline';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { useDebounced } from '../../../lib/use-debounced';
import { SectorPage } from '../sector-page';

const DecisionQueueQuery = graphql(`
  query SectorDecisionQueue($first: Int!, $after: String, $search: String) {
    organisations(first: $first, after: $after, filter: { phase: DECISION, search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        place
        currentCycle {
          id
          step
          advice
          variant
          phaseChangedAt
          dueAt
          overdue
          certifyingInstitution {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE = 50;

/** Cycles waiting for the decision committee: awaiting a decision, or deferred earlier. */
export function DecisionsQueue() {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  // A long queue is found by name, as the committee's agenda names the organisations.
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 300);
  const { data, loading, error, refetch, fetchMore } = useQuery(DecisionQueueQuery, {
    variables: { first: PAGE, search: term || null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.organisations;
  const rows = (page?.nodes ?? []).filter((org) => org.currentCycle);

  return (
    <SectorPage title={t('decisions.title')} intro={t('decisions.intro')}>
      <div className="field" role="search">
        <label htmlFor="decisions-search">{t('decisions.search')}</label>
        <input id="decisions-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : rows.length === 0 ? (
        <p className="card muted" data-testid="decisions-empty">
          {term ? t('decisions.noMatch') : t('decisions.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="decisions-table">
            <caption>{t('decisions.caption', { shown: rows.length, count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.organisation')}</th>
                <th scope="col">{t('decisions.step')}</th>
                <th scope="col">{t('decisions.advice')}</th>
                <th scope="col">{t('decisions.variant')}</th>
                <th scope="col">{t('decisions.institution')}</th>
                <th scope="col">{t('decisions.since')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((org) => {
                const cycle = org.currentCycle!;
                return (
                  <tr key={org.id} data-testid="decision-row" data-cycle-id={cycle.id}>
                    <th scope="row">
                      <Link href={`/decisions/${cycle.id}`}>{org.name}</Link>
                      <span className="sector-sub">{org.place}</span>
                    </th>
                    <td>
                      {cycle.step ? t(`step.${cycle.step}`) : ''}
                      {cycle.dueAt ? (
                        <span className="sector-sub">
                          <Deadline due={cycle.dueAt} overdue={cycle.overdue} />
                        </span>
                      ) : (
                        cycle.overdue && <span className="sector-tag sector-tag--error">{t('overview.overdue')}</span>
                      )}
                    </td>
                    <td>{cycle.advice ? t(`advice.${cycle.advice}`) : <span className="muted">{t('overview.none')}</span>}</td>
                    <td>{common(`variant.${cycle.variant}`)}</td>
                    <td>{cycle.certifyingInstitution?.name ?? <span className="muted">{t('overview.none')}</span>}</td>
                    <td>{formatDateTime(cycle.phaseChangedAt, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'organisations')} busy={loading} label={t('common.loadMore')} />
    </SectorPage>
  );
}
