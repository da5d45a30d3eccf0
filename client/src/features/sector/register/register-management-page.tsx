import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { graphql } from '../../../gql';
import type { CycleAction, Role } from '../../../gql/graphql';
import { nextPage } from '../../../lib/next-page';
import { useDebounced } from '../../../lib/use-debounced';
import { formatDay } from '../sector-format';
import { SectorPage } from '../sector-page';
import { CertificateActionForm, type ActionTarget, type CertificateAction } from './certificate-action-form';

const SectorRegisterQuery = graphql(`
  query SectorRegister($first: Int!, $after: String, $search: String) {
    register(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        certificateNumber
        cycleId
        allowedActions
        organisationName
        place
        variant
        status
        validFrom
        validUntil
        certifyingInstitutionName
        frameworkName
        frameworkVersion
      }
    }
  }
`);

const PAGE = 50;

interface Pending {
  kind: CertificateAction;
  entry: ActionTarget;
}

/** The register as the secretariat keeps it: every listed certificate, to suspend, reinstate or withdraw. */
export function RegisterManagementPage({ role }: { role: Role }) {
  const { t } = useTranslation('sector');
  const { t: common } = useTranslation();
  const locale = common('locale');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 300);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(SectorRegisterQuery, {
    variables: { first: PAGE, search: term || null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.register;

  const open = (kind: CertificateAction, entry: ActionTarget) => {
    setDone(null);
    setPending({ kind, entry });
  };

  return (
    <SectorPage title={t('registerAdmin.title')} intro={t('registerAdmin.intro')}>
      {role !== 'SECTOR_ADMIN' && <p className="muted">{t('registerAdmin.onlyAdmin')}</p>}
      <div className="field sector-search">
        <label htmlFor="register-admin-search">{t('registerAdmin.search')}</label>
        <input id="register-admin-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div role="status" data-testid="register-admin-status">
        {done && <p className="banner banner--success">{done}</p>}
      </div>
      {!page ? (
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      ) : page.nodes.length === 0 ? (
        <p className="card muted">{term ? t('registerAdmin.noMatch') : t('registerAdmin.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="register-admin-table">
            <caption>{t('registerAdmin.caption', { shown: page.nodes.length, count: page.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registerAdmin.organisation')}</th>
                <th scope="col">{t('registerAdmin.number')}</th>
                <th scope="col">{t('registerAdmin.institution')}</th>
                <th scope="col">{t('registerAdmin.validUntil')}</th>
                <th scope="col">{t('registerAdmin.status')}</th>
                <th scope="col">{t('registerAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((entry, index) => {
                const number = entry.certificateNumber;
                // A peer assessment has no certificate, hence nothing to suspend or withdraw.
                const target = number ? { organisationName: entry.organisationName, certificateNumber: number, cycleId: entry.cycleId } : null;
                return (
                  <tr key={number ?? `peer-${index}`} data-testid="register-admin-row" data-number={number ?? undefined}>
                    <th scope="row">
                      {entry.organisationName}
                      <span className="sector-sub">{entry.place}</span>
                    </th>
                    <td>{number ?? t('registerAdmin.peerReview')}</td>
                    <td>{entry.certifyingInstitutionName ?? <span className="muted">{t('overview.none')}</span>}</td>
                    <td>{formatDay(entry.validUntil, locale)}</td>
                    <td>
                      <span className={`sector-tag sector-tag--${entry.status.toLowerCase()}`}>{t(`certificateStatus.${entry.status}`)}</span>
                    </td>
                    <td>
                      {target && <CertificateButtons allowed={entry.allowedActions} target={target} names={{ number: target.certificateNumber, name: entry.organisationName }} onOpen={open} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore onLoad={nextPage(data, fetchMore, 'register')} busy={loading} label={t('common.loadMore')} />
      {pending && (
        <CertificateActionForm
          key={`${pending.kind} ${pending.entry.certificateNumber}`}
          kind={pending.kind}
          entry={pending.entry}
          onCancel={() => setPending(null)}
          onDone={() => {
            setDone(t(`registerAdmin.${pending.kind}Done`, { number: pending.entry.certificateNumber }));
            setPending(null);
            void refetch();
          }}
        />
      )}
    </SectorPage>
  );
}

interface CertificateButtonsProps {
  allowed: readonly CycleAction[];
  target: ActionTarget;
  names: { number: string; name: string };
  onOpen(kind: CertificateAction, entry: ActionTarget): void;
}

/**
 * The actions on one certificate that the server allows now on its cycle (suspend a valid one, lift a
 * suspension, withdraw); none for a role that may not. The register page brings them along for every row.
 */
function CertificateButtons({ allowed, target, names, onOpen }: CertificateButtonsProps) {
  const { t } = useTranslation('sector');
  return (
    <div className="sector-row-actions">
      {allowed.includes('suspendCertificate') && (
        <Button variant="secondary" aria-label={t('registerAdmin.suspendLabel', names)} onClick={() => onOpen('suspend', target)}>
          {t('registerAdmin.suspend')}
        </Button>
      )}
      {allowed.includes('reinstateCertificate') && (
        <Button variant="secondary" aria-label={t('registerAdmin.reinstateLabel', names)} onClick={() => onOpen('reinstate', target)}>
          {t('registerAdmin.reinstate')}
        </Button>
      )}
      {allowed.includes('withdrawCertificate') && (
        <Button variant="secondary" aria-label={t('registerAdmin.withdrawLabel', names)} onClick={() => onOpen('withdraw', target)}>
          {t('registerAdmin.withdraw')}
        </Button>
      )}
    </div>
  );
}
