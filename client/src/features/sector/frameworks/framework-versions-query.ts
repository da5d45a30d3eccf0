import { graphql } from '../../../gql';

export const SectorFrameworkVersionFragment = graphql(`
  fragment SectorFrameworkVersion on FrameworkVersion {
    id
    rulesRevision
    variantGuideRevision
    name
    version
    effectiveDate
    status
    illustrative
    createdAt
    rules {
      placeholder
      awardRule
      certificateValidity {
        amount
        unit
      }
      recertificationReminder {
        amount
        unit
      }
      selfEvaluationWindow {
        amount
        unit
      }
      draftReportReplyWindow {
        amount
        unit
      }
      improvementPlanDue {
        amount
        unit
      }
      peerAuditorTrainingValidity {
        amount
        unit
      }
      peerReviewValidity {
        amount
        unit
      }
      peerVisitSchedulingWindow {
        amount
        unit
      }
      peerReportingWindow {
        amount
        unit
      }
      auditDaysTable {
        maxFte
        days
      }
    }
    variantGuide {
      ...VariantGuideFields
    }
    categories {
      id
      code
      title
      norms {
        id
        code
        title
      }
    }
  }
`);

/** The API has no single-version query: the list (drafts and retired ones included for the sector body) serves both pages. */
export const SectorFrameworkVersionsQuery = graphql(`
  query SectorFrameworkVersions {
    frameworkVersions {
      ...SectorFrameworkVersion
    }
  }
`);
