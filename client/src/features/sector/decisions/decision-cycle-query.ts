import { graphql } from '../../../gql';

/** Everything the committee reads before deciding: reports and advice, findings, the improvement plan. */
export const DecisionCycleQuery = graphql(`
  query SectorDecisionCycle($id: ID!) {
    cycle(id: $id) {
      id
      phase
      step
      variant
      wholeOrganisation
      scopeUnits
      fte
      advice
      decision
      decisionReason
      phaseChangedAt
      dueAt
      overdue
      ...CycleNextStep
      ...CycleViewerCan
      organisation {
        id
        name
        place
        certificate {
          id
          number
          status
          validUntil
        }
      }
      certifyingInstitution {
        id
        name
      }
      ...CycleAuditors
      ...CycleFrameworkVersionName
      reports {
        ...CycleAuditReport
      }
      auditFindings {
        ...CycleAuditFinding
      }
      assessment {
        normId
        norm {
          id
          title
        }
      }
      improvementActions {
        id
        normCode
        what
        owner
        dueDate
        successIndicator
        status
        progressNote
        carriedOver
      }
      planReviews {
        ...CyclePlanReview
      }
    }
  }
`);
