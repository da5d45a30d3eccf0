import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Cycle } from './cycle.entity';

/**
 * The cycle row, locked for the transaction: content written at this moment either lands before a check
 * that holds this lock or waits for it (every content write takes the same lock first).
 */
export const lockCycle = (em: EntityManager, cycleId: string): Promise<Cycle> =>
  em.findOneOrFail(Cycle, { id: cycleId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
