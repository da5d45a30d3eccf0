import { graphql } from '../../../gql';

export const OrganisationPeopleQuery = graphql(`
  query OrganisationPeople($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      members {
        id
        name
        role
      }
    }
  }
`);

export const LearningSettingsScreenQuery = graphql(`
  query LearningSettingsScreen($year: Int!) {
    learningSettingsHistory(first: 10) {
      totalCount
      nodes {
        id
        createdAt
        normPercent
        minContributors
        scanMonths
        scanOpenDays
        farUnderNormPercent
        retentionMonths
      }
    }
    learningBudgets(year: $year, first: 50) {
      totalCount
      nodes {
        id
        createdAt
        year
        hours
        teamId
        personId
      }
    }
    contractHours(first: 50) {
      totalCount
      nodes {
        id
        createdAt
        personId
        hoursPerWeek
      }
    }
    teams {
      id
      name
    }
  }
`);

export const SetLearningSettingsMutation = graphql(`
  mutation SetLearningSettings($input: SetLearningSettingsInput!) {
    updateLearningSettings(input: $input) {
      id
      normPercent
      minContributors
    }
  }
`);

export const LearningYearQuery = graphql(`
  query LearningYear($year: Int!) {
    learningYear(year: $year) {
      year
      status
      report {
        id
        createdAt
        normPercent
        minContributors
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
        scanRounds {
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
      }
    }
  }
`);

export const StartLearningYearMutation = graphql(`
  mutation StartLearningYear($input: StartLearningYearInput!) {
    startLearningYear(input: $input) {
      year
      status
    }
  }
`);

export const SetLearningBudgetMutation = graphql(`
  mutation SetLearningBudget($input: SetLearningBudgetInput!) {
    setLearningBudget(input: $input) {
      id
    }
  }
`);

export const SetContractHoursMutation = graphql(`
  mutation SetContractHours($input: SetContractHoursInput!) {
    setContractHours(input: $input) {
      id
    }
  }
`);

export const TeamsScreenQuery = graphql(`
  query TeamsScreen {
    teams(includeArchived: true) {
      id
      name
      archivedAt
      members {
        id
        name
      }
    }
  }
`);

export const SaveTeamMutation = graphql(`
  mutation SaveTeam($input: SaveTeamInput!) {
    saveTeam(input: $input) {
      id
      name
      members {
        id
        name
      }
    }
  }
`);

export const ArchiveTeamMutation = graphql(`
  mutation ArchiveTeam($input: ArchiveTeamInput!) {
    archiveTeam(input: $input) {
      id
      archivedAt
    }
  }
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      id
      link
      mailed
      expiresAt
      person {
        id
        name
        role
      }
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations {
    pendingInvitations(first: 100) {
      totalCount
      nodes {
        id
        createdAt
        expiresAt
        person {
          id
          name
          role
        }
      }
    }
  }
`);
