import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { computedPage } from '../../common/computed-page';
import { badInput, DomainError } from '../../common/errors';
import { decodeSortedCursor, encodeSortedCursor } from '../../common/keyset-cursor';
import { newestFirstPage } from '../../common/newest-first-page';
import { decodeCursor, encodeCursor, type Page } from '../../common/pagination';
import type { Change } from '../../common/mutation-id';
import { Organisation } from '../organisation/organisation.entity';
import type { User } from '../user/user.entity';
import type { SignUpForPeerReviewInput } from './dto/sign-up-for-peer-review.input';
import { openPeerAssessmentCycle } from './peer-review-cycle';
import { proposePeerGroups, regionKey } from './peer-matching';
import type { PeerGroupProposal, UnmatchedReason, UnmatchedSignUp } from './peer-review.views';
import { signUpFilter } from './peer-review-scope';
import { PeerGroupMember } from './peer-group.entity';
import { PeerReviewRegistration } from './peer-review-registration.entity';
import { PeerReviewSignUp, SignUpStatus } from './peer-review-sign-up.entity';

/**
 * Whether a GROUPED sign-up's assessment is in the register already: registration completes the sign-up, but
 * one registered before sign-ups could be completed stayed GROUPED, and is completed when its organisation signs
 * up again.
 */
async function registeredBefore(em: EntityManager, signUp: PeerReviewSignUp): Promise<boolean> {
  if (signUp.status !== SignUpStatus.GROUPED) return false;
  const member = await em.findOne(PeerGroupMember, { signUp: signUp.id });
  return !!member && (await em.count(PeerReviewRegistration, { group: member.group.id, organisation: member.organisation.id })) > 0;
}

/** Matching reads every open sign-up at once; far more than the sector will ever have open together. */
export const MATCHING_LIMIT = 5_000;

/** Sign-ups for the peer advisory assessment: made by an organisation, read by it and the sector body. */
export class PeerSignUpService {
  signUp(em: EntityManager, user: User, input: Change<SignUpForPeerReviewInput>): Promise<PeerReviewSignUp> {
    const organisationId = user.organisation!.id;
    if (input.periodUntil < input.periodFrom) throw badInput('periodUntil', 'The period ends before it begins; periodUntil must not be before periodFrom.', 'periodEndsBeforeStart');
    if (input.periodUntil < calendarDate(Date.now())) throw badInput('periodUntil', 'The period is over; choose a period that has not ended yet.', 'periodOver');
    return em.transactional(async (tx) => {
      // The organisation's row lock makes two sign-ups at once wait for each other rather than hit the unique index.
      await tx.findOneOrFail(Organisation, { id: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const active = await tx.findOne(PeerReviewSignUp, { organisation: organisationId, status: { $in: [SignUpStatus.OPEN, SignUpStatus.GROUPED] } });
      if (active && (await registeredBefore(tx, active))) {
        active.status = SignUpStatus.COMPLETED;
        await tx.flush();
      } else if (active) {
        throw new DomainError(
          'CONFLICT',
          active.status === SignUpStatus.OPEN
            ? 'Your organisation has already signed up for a peer review and waits for a group.'
            : 'Your organisation is already in a peer group.',
        );
      }
      return tx.create(PeerReviewSignUp, {
        organisation: organisationId,
        periodFrom: input.periodFrom,
        periodUntil: input.periodUntil,
        fte: input.fte,
        region: input.region.trim(),
        preferences: input.preferences?.trim() ?? '',
        partnersKnown: input.partnersKnown,
        signedUpBy: user.id,
        // The assessment is part of the organisation's PEER_REVIEW or COMBINED cycle when it has one (else linked when the group forms).
        cycle: await openPeerAssessmentCycle(tx, organisationId),
      });
    });
  }

  /** Newest first; the sector body's all, an organisation's own, an institution's none. */
  list(em: EntityManager, user: User, first: number, after: string | null | undefined, status: SignUpStatus | null | undefined): Promise<Page<PeerReviewSignUp>> {
    return newestFirstPage(em, PeerReviewSignUp, { $and: [signUpFilter(user), status ? { status } : {}] }, first, after);
  }

  /**
   * The match proposals over all open sign-ups, a page at a time (the resolver admits the sector body only).
   * Matching judges all open sign-ups together, so each page is cut from the whole result. The order is the
   * matching's own: by region, then by the size of the group's smallest organisation; the cursor holds that
   * organisation's region, size and sign-up, so the next page follows on after forming a group.
   */
  async proposalPage(em: EntityManager, first: number, after: string | null | undefined): Promise<Page<PeerGroupProposal>> {
    const cursor = after ? decodeSortedCursor(after, 3, [2]) : null;
    const { result, signUps } = await this.match(em);
    const proposals = result.proposals.map((p) => ({
      region: p.region,
      signUps: p.signUpIds.map((id) => signUps.get(id)!),
      commonPeriodFrom: p.commonPeriod?.from ?? null,
      commonPeriodUntil: p.commonPeriod?.until ?? null,
    }));
    const keyOf = (p: PeerGroupProposal) => ({ region: regionKey(p.region), fte: p.signUps[0].fte, id: p.signUps[0].id });
    // The matching's order: regions by key (code units), then size, then sign-up ID as it compares them.
    const isAfter = cursor
      ? (p: PeerGroupProposal) => {
          const k = keyOf(p);
          const fte = Number(cursor[1]);
          if (k.region !== cursor[0]) return k.region > cursor[0];
          if (k.fte !== fte) return k.fte > fte;
          return k.id.localeCompare(cursor[2]) > 0;
        }
      : null;
    return computedPage(proposals, first, isAfter, (p) => {
      const k = keyOf(p);
      return encodeSortedCursor([k.region, String(k.fte), k.id]);
    });
  }

  /** The open sign-ups no proposal holds, and why, newest first like the list of all sign-ups, a page at a time. */
  async unmatchedPage(em: EntityManager, first: number, after: string | null | undefined): Promise<Page<UnmatchedSignUp>> {
    const cursor = after ? decodeCursor(after) : null;
    const { result, signUps } = await this.match(em);
    const unmatched = result.unmatched
      .map((u) => ({ signUp: signUps.get(u.signUpId)!, reason: u.reason as UnmatchedReason }))
      .sort((a, b) => b.signUp.createdAt.getTime() - a.signUp.createdAt.getTime() || (a.signUp.id < b.signUp.id ? 1 : -1));
    const isAfter = cursor
      ? ({ signUp }: UnmatchedSignUp) => signUp.createdAt.getTime() < cursor.createdAt.getTime() || (signUp.createdAt.getTime() === cursor.createdAt.getTime() && signUp.id < cursor.id)
      : null;
    return computedPage(unmatched, first, isAfter, ({ signUp }) => encodeCursor(signUp));
  }

  private async match(em: EntityManager) {
    const open = await em.find(PeerReviewSignUp, { status: SignUpStatus.OPEN }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MATCHING_LIMIT });
    return { result: proposePeerGroups(open), signUps: new Map(open.map((s) => [s.id, s])) };
  }
}
