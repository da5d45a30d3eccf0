import { graphql } from '../../../gql';

/** What an auditor reads of an audited organisation's learning: aggregates only. */
export const LearningDashboardFields = graphql(`
  fragment LearningDashboardFields on LearningDashboard {
    organisationName
    year
    minContributors
    teamsNotShown
    teams {
      teamId
      teamName
      normPercent
      months {
        month
        shown
        offeredHours
        usedHours
        contributors
      }
    }
    climateScans {
      roundId
      period
      teams {
        teamName
        shown
        averages {
          condition
          average
        }
      }
    }
    yearReport {
      id
      year
      normPercent
      sessions
      teams {
        teamId
        teamName
        shown
        usedHours
        offeredHours
        metNorm
      }
      themes {
        title
        interestCount
      }
    }
  }
`);

export const CycleLearningDashboardQuery = graphql(`
  query CycleLearningDashboard($cycleId: ID!, $year: Int!) {
    cycleLearningDashboard(cycleId: $cycleId, year: $year) {
      ...LearningDashboardFields
    }
  }
`);

export const PeerVisitLearningDashboardQuery = graphql(`
  query PeerVisitLearningDashboard($peerVisitId: ID!, $year: Int!) {
    peerVisitLearningDashboard(peerVisitId: $peerVisitId, year: $year) {
      ...LearningDashboardFields
    }
  }
`);

/** The learning year report and closed scan rounds linked as evidence to a cycle's norms. */
export const LearningEvidenceQuery = graphql(`
  query LearningEvidence($cycleId: ID!) {
    learningEvidence(cycleId: $cycleId) {
      id
      normId
      learningYearReport {
        id
        year
      }
      climateScan {
        roundId
        period
      }
    }
  }
`);

/** What the quality officer can link: the year reports of the last years and the closed scan rounds. */
export const LearningEvidenceChoicesQuery = graphql(`
  query LearningEvidenceChoices($y0: Int!, $y1: Int!, $y2: Int!) {
    r0: learningYearReport(year: $y0) {
      id
      year
    }
    r1: learningYearReport(year: $y1) {
      id
      year
    }
    r2: learningYearReport(year: $y2) {
      id
      year
    }
    climateScanRounds(first: 50) {
      nodes {
        id
        period
        open
      }
    }
  }
`);

export const LinkLearningEvidenceMutation = graphql(`
  mutation LinkLearningEvidence($input: LinkLearningEvidenceInput!) {
    linkLearningEvidence(input: $input) {
      id
      normId
    }
  }
`);

export const UnlinkLearningEvidenceMutation = graphql(`
  mutation UnlinkLearningEvidence($input: UnlinkLearningEvidenceInput!) {
    unlinkLearningEvidence(input: $input)
  }
`);
