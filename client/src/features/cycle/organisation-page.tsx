import { useQuery } from '@apollo/client/react';
import { Loading } from '../../components/ui/loading';
import { QueryError } from '../../components/ui/query-error';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EvidenceLibrary } from '../evidence/evidence-library';
import { CycleOverview } from './cycle-overview';
import { StartCycleForm } from './start-cycle-form';

const OrganisationProgressQuery = graphql(`
  query OrganisationProgress($id: ID!) {
    organisation(id: $id) {
      id
      name
      place
      fte
      currentCycle {
        ...CycleOverview
      }
    }
  }
`);

interface OrganisationPageProps {
  organisationId: string;
  role: Role;
}

/** An organisation's own page: its open cycle, or the way to start one. */
export function OrganisationPage({ organisationId, role }: OrganisationPageProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganisationProgressQuery, { variables: { id: organisationId } });
  const organisation = data?.organisation;
  useDocumentTitle(organisation?.name ?? t('common.loading'));

  if (!organisation) {
    if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
    return loading ? <Loading /> : null;
  }

  const cycle = organisation.currentCycle;
  return (
    <div className="page">
      <div className="page__head">
        <h1>{organisation.name}</h1>
        <p className="muted">
          {organisation.place} · {t('organisation.fte', { n: formatNumber(organisation.fte, t('locale')) })}
        </p>
      </div>
      {cycle ? (
        <CycleOverview cycle={cycle} role={role} />
      ) : role === 'ORG_QUALITY_OFFICER' ? (
        <StartCycleForm organisationId={organisation.id} defaultFte={organisation.fte} />
      ) : (
        <div className="card">
          <p>{t('organisation.noCycle')}</p>
          <p className="muted">{t('organisation.noCycleAskOfficer')}</p>
        </div>
      )}
      <EvidenceLibrary cycleId={cycle?.id} canUpload={role === 'ORG_QUALITY_OFFICER' || role === 'ORG_INTERNAL_AUDITOR'} />
    </div>
  );
}
