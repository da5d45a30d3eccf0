import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { EvidenceLinkItemFragment } from '../../gql/graphql';

export const EvidenceLinkItemFragmentDoc = graphql(`
  fragment EvidenceLinkItem on EvidenceLink {
    id
    normId
    locked
    carriedOver
    evidence {
      id
      name
      type
      size
      downloadUrl
    }
  }
`);

const CycleEvidenceQuery = graphql(`
  query CycleEvidence($id: ID!) {
    cycle(id: $id) {
      id
      evidenceLinks {
        ...EvidenceLinkItem
      }
    }
    evidence(first: 100) {
      nodes {
        id
        name
      }
    }
    evidenceUploadRules {
      maxBytes
    }
  }
`);

export interface CycleEvidence {
  /** Links per norm, in the order they were made. */
  linksByNorm: Map<string, EvidenceLinkItemFragment[]>;
  /** The newest files of the library, to pick from. */
  library: { id: string; name: string }[];
  maxBytes: number;
}

/** One query for the whole self-evaluation form: every norm's links, and the files that can be linked. */
export function useCycleEvidence(cycleId: string): CycleEvidence | null {
  // The library page adds files too: each visit of the form asks the server for what can be linked.
  const { data } = useQuery(CycleEvidenceQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  return useMemo(() => {
    if (!data) return null;
    const linksByNorm = new Map<string, EvidenceLinkItemFragment[]>();
    for (const link of data.cycle.evidenceLinks) {
      if (!link.normId) continue;
      linksByNorm.set(link.normId, [...(linksByNorm.get(link.normId) ?? []), link]);
    }
    return { linksByNorm, library: data.evidence.nodes, maxBytes: data.evidenceUploadRules.maxBytes };
  }, [data]);
}
