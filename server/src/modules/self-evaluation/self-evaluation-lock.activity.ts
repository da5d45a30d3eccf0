import type { MikroORM } from '@mikro-orm/postgresql';
import { unscoredNorms } from '../../../../workflows/src/rules';
import { lockCycle } from '../cycle/cycle-lock';
import { normCodesInOrder } from '../framework/norm-order';
import { SelfEvaluationAnswer } from './self-evaluation-answer.entity';

/**
 * Locks the self-evaluation's answers when every norm is scored, in one transaction under the cycle's row
 * lock, so an answer saved at this moment either counts or is refused after. Which norms are still open is
 * the process model's call (unscoredNorms). Locking twice is harmless.
 */
export function createSelfEvaluationLockActivity(orm: MikroORM) {
  return {
    async lockSelfEvaluation({ cycleId }: { cycleId: string }): Promise<{ unscoredNormCodes: string[] }> {
      return orm.em.fork().transactional(async (em) => {
        const cycle = await lockCycle(em, cycleId);
        if (cycle.selfEvaluationLockedAt) return { unscoredNormCodes: [] };
        const [norms, scored] = await Promise.all([
          normCodesInOrder(em, cycle.frameworkVersion.id),
          em.find(SelfEvaluationAnswer, { cycle: cycleId, score: { $ne: null } }, { populate: ['norm'] }),
        ]);
        const unscoredNormCodes = unscoredNorms(norms, scored.map((a) => a.norm.getEntity().code));
        if (unscoredNormCodes.length === 0) cycle.selfEvaluationLockedAt = new Date();
        return { unscoredNormCodes };
      });
    },
  };
}
