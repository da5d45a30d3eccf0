import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { LoadMore } from '../../components/ui/load-more';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import { nextPage } from '../../lib/next-page';
import { useDebounced } from '../../lib/use-debounced';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatDay } from './public-format';

const PublicRegisterQuery = graphql(`
  query PublicRegister($first: Int!, $after: String, $search: String) {
    register(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        kind
        certificateNumber
        organisationName
        place
        variant
        wholeOrganisation
        scopeUnits
        certifyingInstitutionName
        frameworkName
        frameworkVersion
        validUntil
        status
      }
    }
  }
`);

const PAGE = 50;

/** The public register: open to everyone, searchable, the search kept in the address. */
export function RegisterPage() {
  const { t } = useTranslation('public');
  const { t: common } = useTranslation();
  const locale = common('locale');
  useDocumentTitle(t('register.title'));
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const term = useDebounced(search.trim(), 300);
  useEffect(() => {
    if ((params.get('q') ?? '') !== term) setParams(term ? { q: term } : {}, { replace: true });
    // Writes the address after a pause in typing; reading it back each render would fight the typing.
  }, [term]);
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicRegisterQuery, {
    variables: { first: PAGE, search: term || null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.register;

  return (
    <div className="page public-page">
      <div className="page__head">
        <h1>{t('register.title')}</h1>
        <p className="lead">{t('register.intro')}</p>
      </div>
      <div className="public-tools">
        <div className="field" role="search">
          <label htmlFor="register-search">{t('register.search')}</label>
          <input id="register-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <Link href="/verify">{t('register.verifyLink')}</Link>
      </div>
      <p role="status" className="muted" data-testid="register-count">
        {page ? t('register.count', { count: page.totalCount }) : ''}
      </p>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="card muted" data-testid="register-empty">
          {term ? t('register.noMatch', { term }) : t('register.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="register-table">
            <caption>{t('register.caption', { shown: page.nodes.length, count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('register.organisation')}</th>
                <th scope="col">{t('register.place')}</th>
                <th scope="col">{t('register.variantScope')}</th>
                <th scope="col">{t('register.institution')}</th>
                <th scope="col">{t('register.framework')}</th>
                <th scope="col">{t('register.validUntil')}</th>
                <th scope="col">{t('register.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((entry, index) => (
                <tr key={entry.certificateNumber ?? `peer-${index}`} data-testid="register-row" data-number={entry.certificateNumber ?? undefined} data-kind={entry.kind}>
                  <th scope="row">
                    {entry.organisationName}
                    {/* The number leads to its verification page, which a reader can bookmark or share; a peer assessment has none. */}
                    <span className="public-sub">
                      {entry.certificateNumber ? (
                        <Link href={`/verify/${encodeURIComponent(entry.certificateNumber)}`} aria-label={t('register.verifyNumber', { number: entry.certificateNumber })}>
                          {entry.certificateNumber}
                        </Link>
                      ) : (
                        t('register.peerReview')
                      )}
                    </span>
                  </th>
                  <td>{entry.place}</td>
                  <td>
                    {common(`variant.${entry.variant}`)}
                    <span className="public-sub">{entry.wholeOrganisation ? t('register.wholeOrganisation') : entry.scopeUnits.join(', ')}</span>
                  </td>
                  <td>{entry.certifyingInstitutionName ?? t('register.noInstitution')}</td>
                  <td>
                    {entry.frameworkName} {entry.frameworkVersion}
                  </td>
                  <td className="public-nowrap">{formatDay(entry.validUntil, locale)}</td>
                  <td>
                    <span className={`public-status public-status--${entry.status.toLowerCase()}`}>{t(`status.${entry.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'register')} busy={loading} label={t('register.loadMore')} className="actions" />
      {/* Plain links: the files come from the api, not from a client route. */}
      <p className="muted" data-testid="register-open-data">
        {t('register.openData')} <a href="/register.csv" download>{t('register.openDataCsv')}</a> · <a href="/register.json">{t('register.openDataJson')}</a>
      </p>
    </div>
  );
}
