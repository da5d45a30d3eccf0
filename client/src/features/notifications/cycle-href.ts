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

/** Where a notification leads, and whether that is its cycle or the respondent's questionnaires. */
export interface NotificationLink {
  href: string;
  to: 'cycle' | 'questionnaire';
}

/** An invitation to answer as a respondent leads to the questionnaires; anything else about a cycle to that cycle. */
export function notificationLink(partyKind: PartyKind, kind: string, cycleId: string | null | undefined): NotificationLink | null {
  if (kind === 'INVITATION' && partyKind === 'ORGANISATION') return { href: '/respondent', to: 'questionnaire' };
  return cycleId ? { href: cycleHref(partyKind, cycleId), to: 'cycle' } : null;
}
