import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { EvidenceLinkItemFragment } from '../../gql/graphql';

export const EvidenceLinkItemFragmentDoc = graphql(`
  fragment EvidenceLinkItem on EvidenceLink {
    id
    normId
    improvementActionId
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

/** What evidence is linked to in a screen: a norm of the cycle, or one of its improvement actions. */
export type EvidenceTarget = { normId: string } | { improvementActionId: string };

export interface CycleEvidence {
  /** The links of one norm or action, in the order they were made. */
  linksOf(target: EvidenceTarget): EvidenceLinkItemFragment[];
  /** The newest files of the library, to pick from. */
  library: { id: string; name: string }[];
  maxBytes: number;
}

/** One query for a whole screen: every norm's and action's links, and the files that can be linked. */
export function useCycleEvidence(cycleId: string): CycleEvidence | null {
  // The library page adds files too: each visit of the form asks the server for what can be linked.
  const { data } = useQuery(CycleEvidenceQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  return useMemo(() => {
    if (!data) return null;
    const byNorm = new Map<string, EvidenceLinkItemFragment[]>();
    const byAction = new Map<string, EvidenceLinkItemFragment[]>();
    const add = (map: typeof byNorm, key: string, link: EvidenceLinkItemFragment) => map.set(key, [...(map.get(key) ?? []), link]);
    for (const link of data.cycle.evidenceLinks) {
      if (link.normId) add(byNorm, link.normId, link);
      else if (link.improvementActionId) add(byAction, link.improvementActionId, link);
    }
    const linksOf = (target: EvidenceTarget) =>
      ('normId' in target ? byNorm.get(target.normId) : byAction.get(target.improvementActionId)) ?? [];
    return { linksOf, library: data.evidence.nodes, maxBytes: data.evidenceUploadRules.maxBytes };
  }, [data]);
}
