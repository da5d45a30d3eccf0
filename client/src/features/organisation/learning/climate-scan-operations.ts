import { graphql } from '../../../gql';

export const ClimateScanQuery = graphql(`
  query ClimateScan {
    climateScan {
      round {
        id
        period
        illustrative
        questions {
          id
          condition
          textNl
          textEn
        }
      }
      teams {
        teamId
        teamName
        answered
      }
    }
  }
`);

export const AnswerClimateScanMutation = graphql(`
  mutation AnswerClimateScan($input: AnswerClimateScanInput!) {
    answerClimateScan(input: $input) {
      round {
        id
      }
      teams {
        teamId
        answered
      }
    }
  }
`);

export const ClimateScanRoundsQuery = graphql(`
  query ClimateScanRounds {
    climateScanRounds(first: 20) {
      nodes {
        id
        period
        open
        illustrative
        teams {
          id
          name
        }
      }
    }
  }
`);

export const ClimateScanResultsQuery = graphql(`
  query ClimateScanResults($roundId: ID!) {
    climateScanResults(roundId: $roundId) {
      minRespondents
      round {
        id
        period
        open
      }
      teams {
        teamId
        teamName
        shown
        respondents
        conditions {
          condition
          average
        }
        agreement {
          text
        }
      }
    }
  }
`);

export const OpenClimateScanRoundMutation = graphql(`
  mutation OpenClimateScanRound($input: OpenClimateScanRoundInput!) {
    openClimateScanRound(input: $input) {
      id
    }
  }
`);

export const CloseClimateScanRoundMutation = graphql(`
  mutation CloseClimateScanRound($input: CloseClimateScanRoundInput!) {
    closeClimateScanRound(input: $input) {
      id
      open
    }
  }
`);

export const RecordTeamClimateAgreementMutation = graphql(`
  mutation RecordTeamClimateAgreement($input: RecordTeamClimateAgreementInput!) {
    recordTeamClimateAgreement(input: $input) {
      id
      teamId
      text
    }
  }
`);

export const ClimateQuestionSetFieldsFragment = graphql(`
  fragment ClimateQuestionSetFields on ClimateScanQuestionSet {
    id
    version
    illustrative
    createdAt
    questions {
      id
      condition
      textNl
      textEn
    }
  }
`);

export const ClimateScanQuestionsQuery = graphql(`
  query ClimateScanQuestions {
    climateScanQuestions {
      ...ClimateQuestionSetFields
    }
  }
`);

export const SaveClimateScanQuestionsMutation = graphql(`
  mutation SaveClimateScanQuestions($input: SaveClimateScanQuestionsInput!) {
    saveClimateScanQuestions(input: $input) {
      ...ClimateQuestionSetFields
    }
  }
`);
