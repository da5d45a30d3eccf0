import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { calendarDate } from '../../../../workflows/src/rules';
import { badInput, DomainError } from '../../common/errors';
import { newestFirstPage } from '../../common/newest-first-page';
import type { Page } from '../../common/pagination';
import type { Change } from '../../common/mutation-id';
import { Organisation } from '../organisation/organisation.entity';
import type { User } from '../user/user.entity';
import type { SignUpForPeerReviewInput } from './dto/sign-up-for-peer-review.input';
import { openPeerReviewCycle } from './peer-review-cycle';
import { proposePeerGroups, type MatchResult } from './peer-matching';
import { signUpFilter } from './peer-review-scope';
import { PeerReviewSignUp, SignUpStatus } from './peer-review-sign-up.entity';

/** Matching reads every open sign-up at once; far more than the sector will ever have open together. */
export const MATCHING_LIMIT = 5_000;

/** Sign-ups for the peer advisory assessment: made by an organisation, read by it and the sector body. */
export class PeerSignUpService {
  signUp(em: EntityManager, user: User, input: Change<SignUpForPeerReviewInput>): Promise<PeerReviewSignUp> {
    const organisationId = user.organisation!.id;
    if (input.periodUntil < input.periodFrom) throw badInput('periodUntil', 'The period ends before it begins; periodUntil must not be before periodFrom.');
    if (input.periodUntil < calendarDate(Date.now())) throw badInput('periodUntil', 'The period is over; choose a period that has not ended yet.');
    return em.transactional(async (tx) => {
      // The organisation's row lock makes two sign-ups at once wait for each other rather than hit the unique index.
      await tx.findOneOrFail(Organisation, { id: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const active = await tx.findOne(PeerReviewSignUp, { organisation: organisationId, status: { $in: [SignUpStatus.OPEN, SignUpStatus.GROUPED] } });
      if (active) {
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
        // The assessment is part of the organisation's peer-path cycle when it has one (else linked when the group forms).
        cycle: await openPeerReviewCycle(tx, organisationId),
      });
    });
  }

  /** Newest first; the sector body's all, an organisation's own, an institution's none. */
  list(em: EntityManager, user: User, first: number, after: string | null | undefined, status: SignUpStatus | null | undefined): Promise<Page<PeerReviewSignUp>> {
    return newestFirstPage(em, PeerReviewSignUp, { $and: [signUpFilter(user), status ? { status } : {}] }, first, after);
  }

  /** The match proposals over all open sign-ups (the resolver admits the sector body only). */
  async proposals(em: EntityManager): Promise<{ result: MatchResult; signUps: Map<string, PeerReviewSignUp> }> {
    const open = await em.find(PeerReviewSignUp, { status: SignUpStatus.OPEN }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MATCHING_LIMIT });
    return { result: proposePeerGroups(open), signUps: new Map(open.map((s) => [s.id, s])) };
  }
}
