import type { FilterQuery } from '@mikro-orm/core';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import type { PeerAuditor } from './peer-auditor.entity';
import type { PeerGroup } from './peer-group.entity';
import type { PeerReviewSignUp } from './peer-review-sign-up.entity';
import type { PeerVisit } from './peer-visit.entity';

/*
 * Who sees which sign-ups, peer groups and peer auditors: the sector body all of them, an organisation its own
 * sign-ups and auditors and the groups it is a member of, a certifying institution none (the peer
 * assessment is the organisations' and the sector body's business). Lists and single lookups use these,
 * so they cannot disagree.
 */

/** A filter no row matches: an institution's lists are empty, not refused. */
const NOTHING = { id: { $in: [] as string[] } };

/** For rows an organisation owns (its sign-ups, its peer auditors). */
function ownedFilter<T extends PeerReviewSignUp | PeerAuditor>(user: User): FilterQuery<T> {
  if (user.partyKind === PartyKind.SECTOR_BODY) return {};
  if (user.partyKind === PartyKind.ORGANISATION) return { organisation: user.organisation!.id } as FilterQuery<T>;
  return NOTHING as unknown as FilterQuery<T>;
}

export const signUpFilter = (user: User) => ownedFilter<PeerReviewSignUp>(user);
export const peerAuditorFilter = (user: User) => ownedFilter<PeerAuditor>(user);

export function peerGroupFilter(user: User): FilterQuery<PeerGroup> {
  if (user.partyKind === PartyKind.SECTOR_BODY) return {};
  if (user.partyKind === PartyKind.ORGANISATION) return { members: { organisation: user.organisation!.id } };
  return NOTHING;
}

/** A visit is seen by whoever sees its group: its members and the sector body. */
export function peerVisitFilter(user: User): FilterQuery<PeerVisit> {
  if (user.partyKind === PartyKind.SECTOR_BODY) return {};
  return { group: peerGroupFilter(user) } as FilterQuery<PeerVisit>;
}
