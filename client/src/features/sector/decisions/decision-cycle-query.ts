import { graphql } from '../../../gql';

export const ScoreTallyFragment = graphql(`
  fragment ScoreTally on ScoreCounts {
    meets
    partlyMeets
    doesNotMeet
    notApplicable
  }
`);

/** Everything the committee reads before deciding: the summary, reports and advice, findings, the improvement plan. */
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
      decisionSummary {
        findings {
          ...ScoreTally
        }
        selfEvaluation {
          ...ScoreTally
        }
        normsWithoutFinding
        awardRule
        awardRulePlaceholder
        awardAllowed
        decidingNorms {
          norm {
            id
            code
            title
          }
          score
          selfEvaluationScore
          actionCount
          blocking
        }
      }
    }
  }
`);
