import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { DELETE_BATCH, deleteInBatches } from '../../common/batched-delete';
import { startPeriodic } from '../../common/periodic-job';
import { sql } from '../../common/sql-fragment';
import { DEFAULT_RETENTION_MONTHS } from './learning-rules';

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Removes registered learning time older than its organisation keeps it: the newest learning settings' months
 * (the default where nothing was set), counted back from `today`'s calendar day. Only `learning_entry` rows
 * go: year reports keep their team figures, and a person's goals are theirs to delete. Idempotent, and safe on
 * two replicas at once (each batch skips rows another run holds).
 */
export async function purgeExpiredLearningTime(em: EntityManager, today: Date = new Date()): Promise<number> {
  const day = today.toISOString().slice(0, 10);
  return deleteInBatches(
    em,
    sql`delete from learning_entry where id in (
          select e.id from learning_entry e
            left join lateral (
              select s.retention_months from learning_settings s
               where s.organisation_id = e.organisation_id
               order by s.created_at desc, s.id desc limit 1
            ) kept on true
           where e.date < ${day}::date - make_interval(months => coalesce(kept.retention_months, ${DEFAULT_RETENTION_MONTHS}))
           limit ${DELETE_BATCH}
           for update of e skip locked)`,
  );
}

/**
 * Purges now and then every hour, in the api process beside the login cleanup, and for the same reasons a
 * plain timer serves: the purge is idempotent, and a day's delay in removing old time harms nobody.
 */
export function startLearningRetention(em: EntityManager, log: Pick<Logger, 'info' | 'error'>): () => void {
  const run = () =>
    purgeExpiredLearningTime(em).then(
      (removed) => {
        if (removed) log.info(`learning retention removed ${removed} learning entr${removed === 1 ? 'y' : 'ies'} past their organisation's retention`);
      },
      (err: unknown) => log.error({ err }, 'learning retention failed'),
    );
  return startPeriodic(run, RETENTION_INTERVAL_MS);
}
