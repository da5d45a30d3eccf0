import { graphql } from '../../gql';

/**
 * What the workspace's header and every section's rights need; each command returns it, so the header
 * and the forms on offer follow the cycle's new step at once.
 */
export const InstitutionCycleHeaderFragmentDoc = graphql(`
  fragment InstitutionCycleHeader on Cycle {
    id
    phase
    step
    waitingOn
    ...CycleNextStep
    viewerCan {
      action
      allowed
    }
    dueAt
    overdue
    phaseChangedAt
    variant
    fte
    confirmedAuditDate
    proposedAuditDates
    auditDays
    auditDaysComputed
    computedAuditDays
    auditDaysOverrideReason
    advice
    organisation {
      id
      name
      place
    }
    ...CycleAuditors
    ...CycleFrameworkVersionName
  }
`);

export const InstitutionCycleQuery = graphql(`
  query InstitutionCycle($id: ID!) {
    cycle(id: $id) {
      ...InstitutionCycleHeader
    }
  }
`);
