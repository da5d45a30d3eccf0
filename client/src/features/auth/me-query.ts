import { graphql } from '../../gql';

/** What the app needs to know about the signed-in user; login returns the same shape. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    role
    partyKind
    organisation {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);
