import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { SelfEvaluationDelegate } from './self-evaluation-delegate.entity';

/** Per-request loaders of the self-evaluation: one query for a whole list of cycles. */
export function createSelfEvaluationLoaders(em: EntityManager) {
  return {
    /** Whether the person is a delegate of the cycle; keyed by `{ cycleId, userId }`, compared by value. */
    isDelegate: new DataLoader<{ cycleId: string; userId: string }, boolean, string>(
      async (keys) => {
        const rows = await em.find(SelfEvaluationDelegate, { $or: keys.map((k) => ({ cycle: k.cycleId, delegate: k.userId })) });
        const named = new Set(rows.map((r) => `${r.cycle.id} ${r.delegate.id}`));
        return keys.map((k) => named.has(`${k.cycleId} ${k.userId}`));
      },
      { cacheKeyFn: (k) => `${k.cycleId} ${k.userId}` },
    ),
  };
}
