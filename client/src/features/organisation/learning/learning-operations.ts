import { graphql } from '../../../gql';

export const MyLearningTimeQuery = graphql(`
  query MyLearningTime($first: Int!, $after: String) {
    myLearningTime(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        date
        hours
        kind
        theme
      }
    }
  }
`);

export const RegisterLearningTimeMutation = graphql(`
  mutation RegisterLearningTime($input: RegisterLearningTimeInput!) {
    registerLearningTime(input: $input) {
      id
    }
  }
`);

export const DeleteLearningTimeMutation = graphql(`
  mutation DeleteLearningTime($input: DeleteLearningTimeInput!) {
    deleteLearningTime(input: $input)
  }
`);

export const LearningTeamsQuery = graphql(`
  query LearningTeams {
    teams {
      id
      name
    }
  }
`);

export const LearningOverviewQuery = graphql(`
  query LearningOverview($teamId: ID!, $year: Int!) {
    learningOverview(teamId: $teamId, year: $year) {
      teamId
      teamName
      year
      normPercent
      minContributors
      budgetHours
      months {
        month
        shown
        offeredHours
        usedHours
        contributors
        note
      }
    }
  }
`);

export const SaveLearningContextNoteMutation = graphql(`
  mutation SaveLearningContextNote($input: SaveLearningContextNoteInput!) {
    saveLearningContextNote(input: $input) {
      id
      month
      text
    }
  }
`);
