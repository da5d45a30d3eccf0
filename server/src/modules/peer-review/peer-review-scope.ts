import type { FilterQuery } from '@mikro-orm/core';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import type { PeerGroup } from './peer-group.entity';
import type { PeerReviewSignUp } from './peer-review-sign-up.entity';

/*
 * Who sees which sign-ups and peer groups: the sector body all of them, an organisation its own sign-ups and
 * the groups it is a member of, a certifying institution none (the peer assessment is the organisations' and
 * the sector body's business). Lists and single lookups use these, so they cannot disagree.
 */

/** A filter no row matches: an institution's lists are empty, not refused. */
const NOTHING = { id: { $in: [] as string[] } };

export function signUpFilter(user: User): FilterQuery<PeerReviewSignUp> {
  if (user.partyKind === PartyKind.SECTOR_BODY) return {};
  if (user.partyKind === PartyKind.ORGANISATION) return { organisation: user.organisation!.id };
  return NOTHING;
}

export function peerGroupFilter(user: User): FilterQuery<PeerGroup> {
  if (user.partyKind === PartyKind.SECTOR_BODY) return {};
  if (user.partyKind === PartyKind.ORGANISATION) return { members: { organisation: user.organisation!.id } };
  return NOTHING;
}
