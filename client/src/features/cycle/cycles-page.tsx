import { useQuery } from '@apollo/client/react';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { graphql } from '../../gql';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';

// The first page only; paging and filters come with the sector dashboard.
const CycleListQuery = graphql(`
  query CycleList {
    cycles(first: 50) {
      totalCount
      nodes {
        id
        phase
        organisation {
          id
          name
          place
        }
        progress {
          percent
        }
      }
    }
  }
`);

/** Every cycle this user may see (certifying institution, sector body), as a plain table. */
export function CyclesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cycles.title'));
  const { data, loading, error, refetch } = useQuery(CycleListQuery);
  const percent = new Intl.NumberFormat(t('locale'), { style: 'percent' });

  let body;
  if (!data) {
    body = error ? <QueryError error={error} onRetry={() => void refetch()} /> : loading ? <Loading /> : null;
  } else if (data.cycles.nodes.length === 0) {
    body = <p className="card muted">{t('cycles.empty')}</p>;
  } else {
    const { nodes, totalCount } = data.cycles;
    body = (
      <div className="table-wrap">
        <table className="table" data-testid="cycles-table">
          <caption>{nodes.length === totalCount ? t('cycles.caption', { count: totalCount }) : t('cycles.captionPartial', { shown: nodes.length, count: totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.organisation')}</th>
              <th scope="col">{t('cycles.place')}</th>
              <th scope="col">{t('cycles.phase')}</th>
              <th scope="col" className="num">
                {t('cycles.progress')}
              </th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((cycle) => (
              <tr key={cycle.id} data-cycle-id={cycle.id}>
                <th scope="row">{cycle.organisation.name}</th>
                <td>{cycle.organisation.place}</td>
                <td>{t(`phase.${cycle.phase}`)}</td>
                <td className="num">
                  <span className="mini-bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, cycle.progress.percent)}%` }} />
                  </span>
                  {percent.format(cycle.progress.percent / 100)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('cycles.title')}</h1>
      </div>
      {body}
    </div>
  );
}
