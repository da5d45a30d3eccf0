/**
 * The documents the sector body's screens send, as the client writes them (fragments spread where the
 * client spreads them), so the bench measures what a person waits for. Sources, in client/src/:
 * features/sector/overview/overview-page.tsx and overview-table.tsx (with CycleNextStep from
 * lib/viewer-can.ts), features/sector/register/register-management-page.tsx,
 * features/sector/insights/insights-page.tsx and features/sector/frameworks/framework-versions-query.ts.
 */

const CYCLE_NEXT_STEP = `fragment CycleNextStep on Cycle {
  id nextStep { party actor task dueAt dueOn overdue openActions overdueActions }
}`;

const SECTOR_ORGANISATION_ROW = `fragment SectorOrganisationRow on Organisation {
  id name place
  currentCycle { id phase step overdue ...CycleNextStep certifyingInstitution { id name } }
  certificate { id number status validUntil }
}`;

export const SECTOR_ORGANISATIONS = `query SectorOrganisations($first: Int!, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ...SectorOrganisationRow }
  }
}
${SECTOR_ORGANISATION_ROW}
${CYCLE_NEXT_STEP}`;

export const SECTOR_REGISTER = `query SectorRegister($first: Int!, $after: String, $search: String) {
  register(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      certificateNumber cycleId allowedActions organisationName place variant status validFrom validUntil
      certifyingInstitutionName frameworkName frameworkVersion
    }
  }
}`;

export const SECTOR_INSIGHTS = `query SectorInsights {
  sectorOverview {
    overdueCount expiringWithin90Days
    countsPerPhase { phase count }
    timePerPhase { phase averageSeconds cycles }
    normFindings { normCode normTitle frameworkVersion meets partlyMeets doesNotMeet notApplicable }
  }
}`;

const SCHEME_DURATION = 'amount unit';

export const SECTOR_FRAMEWORK_VERSIONS = `query SectorFrameworkVersions {
  frameworkVersions { ...SectorFrameworkVersion }
}
fragment SectorFrameworkVersion on FrameworkVersion {
  id name version effectiveDate status illustrative createdAt
  rules {
    placeholder awardRule
    certificateValidity { ${SCHEME_DURATION} }
    recertificationReminder { ${SCHEME_DURATION} }
    selfEvaluationWindow { ${SCHEME_DURATION} }
    draftReportReplyWindow { ${SCHEME_DURATION} }
    improvementPlanDue { ${SCHEME_DURATION} }
    auditDaysTable { maxFte days }
  }
  categories { id code title norms { id code title } }
}`;

/** The page size the overview and the register ask for. */
export const SCREEN_PAGE = 50;

/** The team overview of learning time, as the learning screen asks for it. */
export const LEARNING_OVERVIEW = `query LearningOverview($teamId: ID!, $year: Int!) {
  learningOverview(teamId: $teamId, year: $year) {
    teamId teamName year normPercent minContributors budgetHours
    months { month shown offeredHours usedHours contributors note }
  }
}`;
