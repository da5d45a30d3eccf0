import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import { nextPage } from '../../../lib/next-page';
import { SectorPage } from '../sector-page';
import { toApiFilter, useOverviewFilters } from './overview-filters';
import { OverviewFilterForm } from './overview-filter-form';
import { OverviewTable } from './overview-table';
import { PhaseBar } from './phase-bar';

const OrganisationsQuery = graphql(`
  query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SectorOrganisationRow
      }
    }
  }
`);

const PAGE = 50;

/** Every organisation at a glance for the sector body, filtered from the address bar. */
export function OverviewPage() {
  const { t } = useTranslation('sector');
  const [filters, setFilters] = useOverviewFilters();
  const filter = toApiFilter(filters);
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationsQuery, {
    variables: { first: PAGE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.organisations;

  return (
    <SectorPage title={t('overview.title')} intro={t('overview.intro')}>
      <PhaseBar current={filters.phase} />
      <OverviewFilterForm filters={filters} onChange={setFilters} />
      {/* Says how many match after every change of filter, without moving focus away from the filter. */}
      <p role="status" className="muted" data-testid="overview-count">
        {page ? t(filter ? 'overview.matching' : 'overview.total', { count: page.totalCount }) : ''}
      </p>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="card muted" data-testid="overview-empty">
          {filter ? t('overview.noMatch') : t('overview.empty')}
        </p>
      ) : (
        <OverviewTable organisations={page.nodes} totalCount={page.totalCount} sort={filters.sort} onSort={(sort) => setFilters({ sort }, true)} />
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'organisations')} busy={loading} label={t('common.loadMore')} />
    </SectorPage>
  );
}
