import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { CurrentCycle, OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { AuditDateSection } from './audit-date-section';
import { AuditProgrammeSection } from './audit-programme-section';
import { AuditFindingsTable } from './audit-findings-table';
import { EngagementSection } from './engagement-section';
import { ReportsSection } from './reports-section';

export const OrganisationExternalAuditFragmentDoc = graphql(`
  fragment OrganisationExternalAudit on Cycle {
    id
    phase
    step
    dueAt
    overdue
    ...CycleViewerCan
    certifyingInstitution {
      id
      name
    }
    ...CycleAuditors
    auditDays
    proposedAuditDates
    confirmedAuditDate
    advice
    reports {
      ...CycleAuditReport
    }
    auditFindings {
      ...CycleAuditFinding
    }
  }
`);

const OrganisationExternalAuditQuery = graphql(`
  query OrganisationExternalAuditPage($id: ID!) {
    organisation(id: $id) {
      id
      currentCycle {
        ...OrganisationExternalAudit
      }
    }
  }
`);

const BEFORE: readonly string[] = ['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT'];

/** `/external-audit`: the institution, the audit date, the reports with the reply, the findings. */
export function ExternalAuditPage() {
  const { o } = useOrgTexts();
  const me = useOrgUser();
  // The auditors propose dates and issue reports meanwhile: each visit asks the server.
  const query = useQuery(OrganisationExternalAuditQuery, {
    variables: { id: me.organisationId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <OrgPage title={o('external.title')} lead={o('external.intro')} testId="external-audit-page">
      <CurrentCycle
        query={query}
        cycle={query.data?.organisation.currentCycle}
        started={(cycle) => !BEFORE.includes(cycle.phase)}
        notYet={o('external.notYet')}
      >
        {(cycle) => <ExternalAudit cycle={cycle} />}
      </CurrentCycle>
    </OrgPage>
  );
}

function ExternalAudit({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  return (
    <>
      <EngagementSection cycle={cycle} />
      <AuditDateSection cycle={cycle} />
      <AuditProgrammeSection cycle={cycle} />
      <ReportsSection cycle={cycle} />
      <AuditFindingsTable findings={cycle.auditFindings} />
    </>
  );
}
