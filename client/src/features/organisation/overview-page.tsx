import { useQuery } from '@apollo/client/react';
import { PendingQuery } from '../../components/ui/pending-query';
import { graphql } from '../../gql';
import { formatNumber } from '../../lib/format';
import { CycleOverview } from './cycle/cycle-overview';
import { StartCycleForm } from './cycle/start-cycle-form';
import { CertificateCard } from './certificate-card';
import { OrgPage } from './org-page';
import { useOrgUser } from './org-user';
import { useOrgTexts } from './organisation-texts';

const OrganisationOverviewQuery = graphql(`
  query OrganisationOverview($id: ID!) {
    organisation(id: $id) {
      id
      name
      place
      fte
      certificate {
        ...OrganisationCertificate
      }
      currentCycle {
        ...CycleOverview
      }
    }
  }
`);

/** `/`: the open cycle at a glance (or the way to start one), and the certificate once awarded. */
export function OverviewPage() {
  const { o, t, locale } = useOrgTexts();
  const me = useOrgUser();
  // Other parties move the cycle on too: every visit asks the server, showing the cached state meanwhile.
  const { data, loading, error, refetch } = useQuery(OrganisationOverviewQuery, {
    variables: { id: me.organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const organisation = data?.organisation;
  if (!organisation) {
    return (
      <OrgPage title={o('nav.overview')}>
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      </OrgPage>
    );
  }
  const cycle = organisation.currentCycle;
  const lead = `${organisation.place} · ${t('organisation.fte', { n: formatNumber(organisation.fte, locale) })}`;
  return (
    <OrgPage title={organisation.name} lead={lead} testId="overview-page">
      {organisation.certificate && <CertificateCard certificate={organisation.certificate} />}
      {cycle ? (
        <CycleOverview cycle={cycle} />
      ) : me.manage ? (
        <StartCycleForm organisationId={organisation.id} defaultFte={organisation.fte} />
      ) : (
        <div className="card">
          <p>{t('organisation.noCycle')}</p>
          <p className="muted">{t('organisation.noCycleAskOfficer')}</p>
        </div>
      )}
    </OrgPage>
  );
}
