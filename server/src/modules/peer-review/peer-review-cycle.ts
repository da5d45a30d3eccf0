import type { EntityManager } from '@mikro-orm/postgresql';
import { Cycle } from '../cycle/cycle.entity';

/** The organisation's open cycle on the peer path (variant PEER_REVIEW), which a peer assessment is part of; null when none. */
export function openPeerReviewCycle(em: EntityManager, organisationId: string): Promise<Cycle | null> {
  return em.findOne(Cycle, { organisation: organisationId, variant: 'PEER_REVIEW', closedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
