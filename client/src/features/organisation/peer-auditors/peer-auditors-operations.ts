import { graphql } from '../../../gql';

export const PeerAuditorsQuery = graphql(`
  query OrgPeerAuditors($organisationId: ID!, $first: Int!, $after: String) {
    organisation(id: $organisationId) {
      id
      members {
        id
        name
      }
    }
    peerAuditors(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        personId
        name
        trainedOn
        trainingProvider
        trainingValidUntil
        trainingStatus
      }
    }
  }
`);

export const NominatePeerAuditorMutation = graphql(`
  mutation OrgNominatePeerAuditor($input: NominatePeerAuditorInput!) {
    nominatePeerAuditor(input: $input) {
      id
    }
  }
`);

export const RecordPeerAuditorTrainingMutation = graphql(`
  mutation OrgRecordPeerAuditorTraining($input: RecordPeerAuditorTrainingInput!) {
    recordPeerAuditorTraining(input: $input) {
      id
      trainedOn
      trainingProvider
      trainingValidUntil
      trainingStatus
    }
  }
`);
