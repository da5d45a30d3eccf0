import type { PartyKind } from '../../gql/graphql';

/**
 * Where a notification about a cycle leads, per party: an organisation has one cycle in view (its overview
 * shows what waits on whom), an institution works in the cycle's workspace, the sector body reads its dossier.
 */
export function cycleHref(partyKind: PartyKind, cycleId: string): string {
  switch (partyKind) {
    case 'ORGANISATION':
      return '/';
    case 'CERTIFYING_INSTITUTION':
      return `/cycles/${encodeURIComponent(cycleId)}`;
    case 'SECTOR_BODY':
      return `/decisions/${encodeURIComponent(cycleId)}`;
  }
}
