import type { EntityManager } from '@mikro-orm/postgresql';
import { Cycle } from '../cycle/cycle.entity';

/**
 * The organisation's open cycle that a peer assessment is part of, null when none: one on the peer path
 * (PEER_REVIEW), or a combination test (COMBINED), whose auditors read the learning report of that assessment.
 */
export function openPeerAssessmentCycle(em: EntityManager, organisationId: string): Promise<Cycle | null> {
  return em.findOne(Cycle, { organisation: organisationId, variant: { $in: ['PEER_REVIEW', 'COMBINED'] }, closedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
