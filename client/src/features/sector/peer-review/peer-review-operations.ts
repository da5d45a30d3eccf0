import { graphql } from '../../../gql';

export const SectorPeerSignUpFragment = graphql(`
  fragment SectorPeerSignUp on PeerReviewSignUp {
    id
    status
    region
    fte
    periodFrom
    periodUntil
    partnersKnown
    organisation {
      id
      name
      place
    }
  }
`);

export const SectorPeerGroupFragment = graphql(`
  fragment SectorPeerGroup on PeerGroup {
    id
    status
    proposed
    decidedAt
    members {
      organisationId
      organisationName
      place
      fte
      region
    }
  }
`);

/** Suggestions from the open sign-ups, page by page. */
export const SectorPeerProposalsQuery = graphql(`
  query SectorPeerProposals($first: Int!, $after: String) {
    peerGroupProposals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        region
        commonPeriodFrom
        commonPeriodUntil
        signUps {
          ...SectorPeerSignUp
        }
      }
    }
  }
`);

/** The open sign-ups no suggestion holds, page by page. */
export const SectorPeerUnmatchedQuery = graphql(`
  query SectorPeerUnmatched($first: Int!, $after: String) {
    unmatchedPeerSignUps(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        reason
        signUp {
          ...SectorPeerSignUp
        }
      }
    }
  }
`);

/** What waits for the secretariat besides the suggestions: groups organisations proposed. */
export const SectorPeerReviewQuery = graphql(`
  query SectorPeerReview {
    peerGroups(first: 50, status: PROPOSED) {
      totalCount
      nodes {
        ...SectorPeerGroup
      }
    }
  }
`);

export const SectorFormedPeerGroupsQuery = graphql(`
  query SectorFormedPeerGroups($first: Int!, $after: String) {
    peerGroups(first: $first, after: $after, status: FORMED) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SectorPeerGroup
        visits {
          id
          date
          status
          learningReportStatus
          registration {
            id
            validUntil
          }
          visitedOrganisationName
          auditors {
            id
            name
            organisationName
          }
        }
      }
    }
  }
`);

export const SectorPeerSignUpsQuery = graphql(`
  query SectorPeerSignUps($first: Int!, $after: String) {
    peerReviewSignUps(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SectorPeerSignUp
      }
    }
  }
`);

export const RegisterPeerReviewMutation = graphql(`
  mutation SectorRegisterPeerReview($input: RegisterPeerReviewInput!) {
    registerPeerReview(input: $input) {
      id
      peerVisitId
      validUntil
    }
  }
`);

export const FormPeerGroupMutation = graphql(`
  mutation SectorFormPeerGroup($input: FormPeerGroupInput!) {
    formPeerGroup(input: $input) {
      id
      status
    }
  }
`);

export const ConfirmPeerGroupMutation = graphql(`
  mutation SectorConfirmPeerGroup($input: PeerGroupCommandInput!) {
    confirmPeerGroup(input: $input) {
      id
      status
    }
  }
`);

export const DeclinePeerGroupMutation = graphql(`
  mutation SectorDeclinePeerGroup($input: DeclinePeerGroupInput!) {
    declinePeerGroup(input: $input) {
      id
      status
    }
  }
`);

/** Every list on the screen changes when a group is formed, confirmed or declined. */
export const PEER_REVIEW_QUERIES = ['SectorPeerProposals', 'SectorPeerUnmatched', 'SectorPeerReview', 'SectorFormedPeerGroups', 'SectorPeerSignUps'];
