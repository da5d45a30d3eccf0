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
    setLearningSettings(input: $input) {
      id
      normPercent
      minContributors
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
