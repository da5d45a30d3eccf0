import type { EntityManager } from '@mikro-orm/postgresql';
import { Cycle } from '../cycle/cycle.entity';
import { PeerReviewSignUp, SignUpStatus } from './peer-review-sign-up.entity';

/**
 * The organisation's open cycle that a peer assessment is part of, null when none: one on the peer path
 * (PEER_REVIEW), or a combination test (COMBINED), whose auditors read the learning report of that assessment.
 * A cycle whose assessment is registered already (its sign-up completed) takes no second one: a sign-up for the
 * next assessment belongs to the next cycle.
 */
export async function openPeerAssessmentCycle(em: EntityManager, organisationId: string): Promise<Cycle | null> {
  const cycle = await em.findOne(Cycle, { organisation: organisationId, variant: { $in: ['PEER_REVIEW', 'COMBINED'] }, closedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  if (!cycle) return null;
  return (await em.count(PeerReviewSignUp, { cycle: cycle.id, status: SignUpStatus.COMPLETED })) > 0 ? null : cycle;
}
