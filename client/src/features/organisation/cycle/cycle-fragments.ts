import { graphql } from '../../../gql';

/*
 * Selections that the three parties' screens ask of a cycle in the same shape. Each party's own query
 * spreads them by name; codegen adds the definitions to every document that uses them.
 */

export const CycleAuditorsFragmentDoc = graphql(`
  fragment CycleAuditors on Cycle {
    leadAuditor {
      id
      name
    }
    coAuditor {
      id
      name
    }
  }
`);

export const CycleFrameworkVersionNameFragmentDoc = graphql(`
  fragment CycleFrameworkVersionName on Cycle {
    frameworkVersion {
      id
      name
      version
      illustrative
    }
  }
`);

export const CycleAuditReportFragmentDoc = graphql(`
  fragment CycleAuditReport on AuditReport {
    id
    kind
    summary
    strengths
    improvementPoints
    advice
    issuedAt
    reply
  }
`);

export const CycleAuditFindingFragmentDoc = graphql(`
  fragment CycleAuditFinding on AuditFinding {
    id
    normId
    normCode
    score
    strengths
    improvementPoints
  }
`);

export const CyclePlanReviewFragmentDoc = graphql(`
  fragment CyclePlanReview on ImprovementPlanReviewRecord {
    id
    review
    comments
    at
  }
`);
