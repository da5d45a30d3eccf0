import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PendingQuery } from '../../../components/ui/pending-query';
import type { Role } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { SectorPage } from '../sector-page';
import { FrameworkImportForm } from './framework-import-form';
import { SectorFrameworkVersionsQuery } from './framework-versions-query';

/** Scheme versions: what is offered to organisations, what is still a draft, and importing a new one. */
export function FrameworksPage({ role }: { role: Role }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const { data, loading, error, refetch } = useQuery(SectorFrameworkVersionsQuery, { fetchPolicy: 'cache-and-network' });
  const versions = data?.frameworkVersions;

  return (
    <SectorPage title={t('frameworks.title')} intro={t('frameworks.intro')}>
      <section aria-labelledby="frameworks-list">
        <h2 id="frameworks-list">{t('frameworks.listTitle')}</h2>
        {!versions ? (
          <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
        ) : versions.length === 0 ? (
          <p className="card muted">{t('frameworks.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="frameworks-table">
              <caption>{t('frameworks.caption', { count: versions.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('frameworks.name')}</th>
                  <th scope="col">{t('frameworks.version')}</th>
                  <th scope="col">{t('frameworks.effectiveDate')}</th>
                  <th scope="col">{t('frameworks.status')}</th>
                  <th scope="col" className="num">
                    {t('frameworks.norms')}
                  </th>
                  <th scope="col">{t('frameworks.rules')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} data-testid="framework-row" data-framework-id={v.id}>
                    <th scope="row">
                      <Link href={`/frameworks/${v.id}`}>{v.name}</Link>
                      {v.illustrative && <span className="sector-tag sector-tag--warning">{t('frameworks.illustrativeTag')}</span>}
                    </th>
                    <td>{v.version}</td>
                    <td>{formatDate(v.effectiveDate, locale)}</td>
                    <td>
                      <span className={`sector-tag sector-tag--fw-${v.status.toLowerCase()}`}>{t(`frameworkStatus.${v.status}`)}</span>
                    </td>
                    <td className="num">{v.categories.reduce((n, c) => n + c.norms.length, 0)}</td>
                    <td>
                      {v.rules.placeholder ? (
                        <span className="sector-tag sector-tag--warning">{t('frameworks.placeholderTag')}</span>
                      ) : (
                        t('frameworks.rulesSet')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <FrameworkImportForm role={role} />
    </SectorPage>
  );
}
