import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { CycleActivities, TransitionRecord } from '../../../workflows/src/activities';

/**
 * The database side of the cycle workflow. Each activity is one transaction and safe to repeat: the
 * worker may crash after committing but before Temporal hears of it, and the retry must change nothing.
 */
export function createCycleActivities(orm: MikroORM): CycleActivities {
  return {
    async projectTransition(record: TransitionRecord): Promise<void> {
      await orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        await conn.execute(
          `insert into cycle_transition (id, cycle_id, seq, from_phase, to_phase, command, actor_id, at, summary, created_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
           on conflict (cycle_id, seq) do nothing`,
          [
            randomUUID(),
            record.cycleId,
            record.seq,
            record.fromPhase,
            record.toPhase,
            record.command,
            record.actorId,
            record.at,
            record.summary,
          ],
        );
        // Only move forward: a late retry of an older transition must not roll the phase back.
        await conn.execute(
          `update cycle set phase = ?, seq = ?, phase_changed_at = ? where id = ? and seq < ?`,
          [record.toPhase, record.seq, record.at, record.cycleId, record.seq],
        );
      });
    },

    async lockSelfEvaluation({ cycleId }): Promise<{ unscoredNormCodes: string[] }> {
      return orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        const [cycle] = await conn.execute<{ framework_version_id: string; self_evaluation_locked_at: Date | null }[]>(
          `select framework_version_id, self_evaluation_locked_at from cycle where id = ? for update`,
          [cycleId],
        );
        if (!cycle) throw new Error(`cycle ${cycleId} does not exist`);
        if (cycle.self_evaluation_locked_at) return { unscoredNormCodes: [] };
        const unscored = await conn.execute<{ code: string }[]>(
          `select n.code from norm n
             join framework_category c on c.id = n.category_id
             left join self_evaluation_answer a on a.norm_id = n.id and a.cycle_id = ?
           where n.framework_version_id = ? and a.score is null
           order by c.position, n.position`,
          [cycleId, cycle.framework_version_id],
        );
        if (unscored.length === 0) {
          await conn.execute(`update cycle set self_evaluation_locked_at = now() where id = ?`, [cycleId]);
        }
        return { unscoredNormCodes: unscored.map((r) => r.code) };
      });
    },
  };
}
