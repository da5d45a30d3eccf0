import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { NoCurrentCycle, NotYet, OrgPage, PendingQuery } from '../org-page';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { AuditDateSection } from './audit-date-section';
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
    waitingOn
    certifyingInstitution {
      id
      name
    }
    leadAuditor {
      id
      name
    }
    coAuditor {
      id
      name
    }
    auditDays
    proposedAuditDates
    confirmedAuditDate
    advice
    reports {
      id
      kind
      summary
      strengths
      improvementPoints
      issuedAt
      reply
      advice
    }
    auditFindings {
      id
      normId
      normCode
      score
      strengths
      improvementPoints
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
  const { data, loading, error, refetch } = useQuery(OrganisationExternalAuditQuery, {
    variables: { id: me.organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const cycle = data?.organisation.currentCycle;
  let body;
  if (!data) body = <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
  else if (!cycle) body = <NoCurrentCycle />;
  else if (BEFORE.includes(cycle.phase)) body = <NotYet text={o('external.notYet')} />;
  else body = <ExternalAudit cycle={cycle} />;
  return (
    <OrgPage title={o('external.title')} lead={o('external.intro')} testId="external-audit-page">
      {body}
    </OrgPage>
  );
}

function ExternalAudit({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  return (
    <>
      <EngagementSection cycle={cycle} />
      <AuditDateSection cycle={cycle} />
      <ReportsSection cycle={cycle} />
      <AuditFindingsTable findings={cycle.auditFindings} />
    </>
  );
}
