import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { ProgressMeter } from '../../../components/ui/progress-meter';
import { graphql } from '../../../gql';
import type { OrganisationInternalAuditsQuery } from '../../../gql/graphql';
import { allows, permissionFor } from '../../../lib/viewer-can';
import { CurrentCycle, OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { CompleteInternalAudit } from './complete-internal-audit';
import { InternalAuditCard } from './internal-audit-card';
import { PlanInternalAuditForm } from './plan-internal-audit-form';

export const OrganisationInternalAuditFragmentDoc = graphql(`
  fragment OrganisationInternalAudit on InternalAudit {
    id
    unit
    plannedDate
    status
    auditors {
      id
      name
      role
    }
    findings {
      id
      normId
      normCode
      strengths
      improvementPoints
      recordedByName
      revision
    }
  }
`);

const OrganisationInternalAuditsQuery = graphql(`
  query OrganisationInternalAudits($id: ID!) {
    organisation(id: $id) {
      id
      members {
        id
        name
        role
      }
      currentCycle {
        id
        phase
        ...CycleViewerCan
        frameworkVersion {
          id
          categories {
            id
            title
            norms {
              id
              code
              title
            }
          }
        }
        internalAudits {
          ...OrganisationInternalAudit
        }
      }
    }
  }
`);

type Cycle = NonNullable<OrganisationInternalAuditsQuery['organisation']['currentCycle']>;
const BEFORE: readonly string[] = ['PREPARATION', 'SELF_EVALUATION'];

/** `/internal-audits`: plan audits of teams or units, record findings per norm, settle them, close the phase. */
export function InternalAuditsPage() {
  const { o } = useOrgTexts();
  const me = useOrgUser();
  const query = useQuery(OrganisationInternalAuditsQuery, {
    variables: { id: me.organisationId },
    fetchPolicy: 'cache-and-network',
  });
  const organisation = query.data?.organisation;
  return (
    <OrgPage title={o('internal.title')} lead={o('internal.intro')} testId="internal-audits-page">
      <CurrentCycle
        query={query}
        cycle={organisation?.currentCycle}
        started={(cycle) => !BEFORE.includes(cycle.phase)}
        notYet={o('internal.notYet')}
      >
        {(cycle) => <InternalAudits cycle={cycle} members={organisation?.members ?? []} />}
      </CurrentCycle>
    </OrgPage>
  );
}

function InternalAudits({ cycle, members }: { cycle: Cycle; members: OrganisationInternalAuditsQuery['organisation']['members'] }) {
  const { o } = useOrgTexts();
  // Where the cycle stands, for the banner only; what is offered below is the server's answer for this viewer.
  const closed = cycle.phase !== 'INTERNAL_AUDIT';
  const audits = cycle.internalAudits;
  const settled = audits.filter((a) => a.status !== 'PLANNED').length;
  const norms = cycle.frameworkVersion.categories;
  return (
    <>
      {closed && (
        <p className="banner banner--success" data-testid="internal-closed">
          {o('internal.closed')} <Link href="/external-audit">{o('internal.toExternal')}</Link>
        </p>
      )}
      <section aria-labelledby="audits-title" className="stack">
        <h2 id="audits-title">{o('internal.listTitle')}</h2>
        {audits.length > 0 && (
          <ProgressMeter
            testId="internal-progress"
            value={settled}
            max={audits.length}
            label={o('internal.progressLabel')}
            text={o('measure.internalAudits', { done: settled, total: audits.length })}
          />
        )}
        {audits.length === 0 ? (
          <p className="muted" data-testid="no-internal-audits">
            {o('internal.none')}
          </p>
        ) : (
          audits.map((audit) => (
            <InternalAuditCard key={audit.id} audit={audit} categories={norms} recording={permissionFor(cycle, 'INTERNAL_AUDIT_FINDINGS')} />
          ))
        )}
      </section>
      {allows(cycle, 'INTERNAL_AUDITS') && <PlanInternalAuditForm cycleId={cycle.id} members={members} />}
      {allows(cycle, 'completeInternalAudit') && <CompleteInternalAudit cycleId={cycle.id} />}
    </>
  );
}
