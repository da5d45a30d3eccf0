import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import type { Role } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { SectorPage } from '../sector-page';
import { FrameworkStatusActions } from './framework-status-actions';
import { SectorFrameworkVersionsQuery } from './framework-versions-query';
import { SchemeRulesForm } from './scheme-rules-form';
import { SchemeRulesView } from './scheme-rules-view';
import { VariantGuideSection } from './variant-guide-section';

/** One scheme version: its status, its rules (editable while a draft) and its norms. */
export function FrameworkVersionPage({ versionId, role }: { versionId: string; role: Role }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const { data, loading, error, refetch } = useQuery(SectorFrameworkVersionsQuery);
  const version = data?.frameworkVersions.find((v) => v.id === versionId);

  if (!version) {
    return (
      <SectorPage title={t('frameworkVersion.title')}>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : loading ? (
          <Loading />
        ) : (
          <p className="card muted">{t('frameworkVersion.notFound')}</p>
        )}
        <p>
          <Link href="/frameworks">{t('frameworkVersion.back')}</Link>
        </p>
      </SectorPage>
    );
  }

  const normCount = version.categories.reduce((n, c) => n + c.norms.length, 0);
  return (
    <SectorPage title={t('frameworkVersion.titleFor', { name: version.name, version: version.version })}>
      <p>
        <Link href="/frameworks">{t('frameworkVersion.back')}</Link>
      </p>
      {version.illustrative && (
        <p className="banner banner--warning" data-testid="illustrative-banner">
          {common('illustrative')}
        </p>
      )}
      <div className="card">
        <dl className="facts">
          <dt>{t('frameworks.effectiveDate')}</dt>
          <dd>{formatDate(version.effectiveDate, locale)}</dd>
          <dt>{t('frameworks.norms')}</dt>
          <dd>
            {t('frameworkVersion.contents', {
              norms: t('frameworkVersion.normCount', { count: normCount }),
              categories: t('frameworkVersion.categoryCount', { count: version.categories.length }),
            })}
          </dd>
        </dl>
      </div>

      <FrameworkStatusActions version={version} />

      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('rules.title')}</h2>
        {version.rules.placeholder ? (
          <p className="banner banner--warning" data-testid="placeholder-banner">
            {t('rules.placeholder')}
          </p>
        ) : (
          <p className="muted">{t('rules.setBySector')}</p>
        )}
        {role !== 'SECTOR_ADMIN' && <p className="muted">{t('frameworks.onlyAdmin')}</p>}
        {version.status === 'DRAFT' ? <SchemeRulesForm version={version} /> : <SchemeRulesView rules={version.rules} />}
      </section>

      <VariantGuideSection version={version} role={role} />

      <section aria-labelledby="norms-title">
        <h2 id="norms-title">{t('frameworkVersion.normsTitle')}</h2>
        {version.categories.length === 0 ? (
          <p className="card muted">{t('frameworkVersion.noNorms')}</p>
        ) : (
          version.categories.map((category) => (
            <details key={category.id} className="card sector-details">
              <summary>
                {category.code} · {category.title} ({t('frameworkVersion.normCount', { count: category.norms.length })})
              </summary>
              <ul className="sector-list">
                {category.norms.map((norm) => (
                  <li key={norm.id}>
                    <span className="norm__code">{norm.code}</span> {norm.title}
                  </li>
                ))}
              </ul>
            </details>
          ))
        )}
      </section>
    </SectorPage>
  );
}
