import { graphql } from '../../../gql';

export const MyLearningTimeQuery = graphql(`
  query MyLearningTime($first: Int!, $after: String) {
    learningTime(first: $first, after: $after) {
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

export const LearningGoalFields = graphql(`
  fragment LearningGoalFields on LearningGoal {
    id
    title
    description
    status
    sharedWithTeamLead
    mine
    updatedAt
    owner {
      id
      name
    }
    competencies {
      id
      code
      title
    }
    steps {
      text
      done
    }
    reflections {
      date
      text
    }
  }
`);

export const LearningGoalsQuery = graphql(`
  query LearningGoals {
    learningGoals {
      ...LearningGoalFields
    }
  }
`);

export const GoalCompetenciesQuery = graphql(`
  query GoalCompetencies {
    frameworkVersions {
      id
      name
      competencies {
        id
        code
        title
      }
    }
  }
`);

export const SaveLearningGoalMutation = graphql(`
  mutation SaveLearningGoal($input: SaveLearningGoalInput!) {
    saveLearningGoal(input: $input) {
      ...LearningGoalFields
    }
  }
`);

export const DeleteLearningGoalMutation = graphql(`
  mutation DeleteLearningGoal($input: DeleteLearningGoalInput!) {
    deleteLearningGoal(input: $input)
  }
`);

export const ExportMyLearningDataQuery = graphql(`
  query ExportMyLearningData {
    exportMyLearningData {
      exportedAt
      json
      entriesCsv
      goalsCsv
    }
  }
`);

export const DeleteMyLearningDataMutation = graphql(`
  mutation DeleteMyLearningData($input: DeleteMyLearningDataInput!) {
    deleteMyLearningData(input: $input) {
      entries
      goals
    }
  }
`);

export const LearningThemesQuery = graphql(`
  query LearningThemes($first: Int!, $after: String) {
    learningThemes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        description
        interestCount
        viewerInterested
        mine
        status
        proposedBy {
          id
          name
        }
      }
    }
  }
`);

export const ProposeLearningThemeMutation = graphql(`
  mutation ProposeLearningTheme($input: ProposeLearningThemeInput!) {
    proposeLearningTheme(input: $input) {
      id
    }
  }
`);

export const ShowInterestMutation = graphql(`
  mutation ShowInterest($input: ShowInterestInput!) {
    showInterest(input: $input) {
      id
      interestCount
      viewerInterested
    }
  }
`);

export const SessionParticipantFields = graphql(`
  fragment SessionParticipantFields on LearningSession {
    participants {
      attended
      person {
        id
        name
      }
    }
  }
`);

export const LearningSessionsQuery = graphql(`
  query LearningSessions($first: Int!, $after: String) {
    learningSessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        date
        hours
        attendanceRecordedAt
        participantCount
        viewerAttended
        theme {
          id
          title
        }
        team {
          id
          name
        }
        ...SessionParticipantFields
      }
    }
  }
`);

export const PlanLearningSessionMutation = graphql(`
  mutation PlanLearningSession($input: PlanLearningSessionInput!) {
    planLearningSession(input: $input) {
      id
    }
  }
`);

export const RecordLearningSessionAttendanceMutation = graphql(`
  mutation RecordLearningSessionAttendance($input: RecordLearningSessionAttendanceInput!) {
    recordLearningSessionAttendance(input: $input) {
      id
      attendanceRecordedAt
      ...SessionParticipantFields
    }
  }
`);

export const SessionPlanningTeamsQuery = graphql(`
  query SessionPlanningTeams {
    teams {
      id
      name
    }
  }
`);
