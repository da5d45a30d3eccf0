import { graphql } from '../../gql';

/** What every party's view of the programme shows; the mutations answer with it. */
export const AuditProgrammeViewFragmentDoc = graphql(`
  fragment AuditProgrammeView on AuditProgramme {
    id
    cycleId
    updatedAt
    savedByName
    revision
    confirmedAt
    confirmedByName
    slots {
      day
      startTime
      endTime
      group
      groupLabel
      participants
      headCount
      normIds
      auditorIds
      norms {
        id
        code
        title
      }
      auditors {
        id
        name
      }
    }
    uncoveredNorms {
      id
      code
    }
  }
`);

export const AuditProgrammeQuery = graphql(`
  query AuditProgramme($cycleId: ID!) {
    auditProgramme(cycleId: $cycleId) {
      ...AuditProgrammeView
    }
  }
`);
