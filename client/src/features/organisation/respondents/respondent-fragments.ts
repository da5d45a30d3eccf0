import { graphql } from '../../../gql';

/* What the quality officer's panel and the respondent's page both ask of invitations and spreads. */

export const RespondentInvitationFieldsFragmentDoc = graphql(`
  fragment RespondentInvitationFields on RespondentInvitation {
    id
    cycleId
    respondent {
      id
      name
    }
    layer
    categoryCodes
    dueDate
    submittedAt
    answeredCount
    normCount
  }
`);

export const LayerSpreadFieldsFragmentDoc = graphql(`
  fragment LayerSpreadFields on LayerSpread {
    layers
    pooled
    answerCount
    meets
    partlyMeets
    doesNotMeet
    notApplicable
  }
`);

export const RespondentTextFieldsFragmentDoc = graphql(`
  fragment RespondentTextFields on RespondentText {
    answerId
    layer
    respondentName
    text
  }
`);

export const NormSpreadFieldsFragmentDoc = graphql(`
  fragment NormSpreadFields on NormSpread {
    normId
    layersDiffer
    total {
      ...LayerSpreadFields
    }
    groups {
      ...LayerSpreadFields
    }
    goesWell {
      ...RespondentTextFields
    }
    toImprove {
      ...RespondentTextFields
    }
  }
`);

export const SelfEvaluationSpreadQuery = graphql(`
  query SelfEvaluationSpread($cycleId: ID!) {
    selfEvaluationSpread(cycleId: $cycleId) {
      cycleId
      invitedCount
      submittedCount
      norms {
        ...NormSpreadFields
      }
    }
  }
`);
