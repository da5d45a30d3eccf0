import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { DELETE_BATCH, deleteInBatches } from '../../common/batched-delete';
import { startPeriodic } from '../../common/periodic-job';
import { sql } from '../../common/sql-fragment';

export const LOGIN_CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export interface LoginCleanupResult {
  sessions: number;
  failures: number;
  devices: number;
}

/**
 * Removes what no login can use any more: expired sessions, failures that have left the limits' window and
 * expired device tokens. Idempotent: running it twice, or on two api replicas at once, removes each row once
 * (`skip locked` lets a second run pass rows the first is deleting instead of waiting for them).
 */
export async function cleanUpLogins(em: EntityManager, windowMinutes: number, now: Date = new Date()): Promise<LoginCleanupResult> {
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);
  return {
    sessions: await deleteInBatches(
      em,
      sql`delete from session where token_hash in (select token_hash from session where expires_at <= ${now} limit ${DELETE_BATCH} for update skip locked)`,
    ),
    failures: await deleteInBatches(
      em,
      sql`delete from login_failure where id in (select id from login_failure where at <= ${windowStart} limit ${DELETE_BATCH} for update skip locked)`,
    ),
    // Last: a device's failures go with it (on delete cascade), and those were counted above if old.
    devices: await deleteInBatches(
      em,
      sql`delete from login_device where id in (select id from login_device where expires_at <= ${now} limit ${DELETE_BATCH} for update skip locked)`,
    ),
  };
}

/**
 * Cleans up now and then every hour, in the api process beside the evidence sweeper. Not a Temporal Schedule:
 * these tables are the api's own (Temporal holds the process of the cycles, not who is signed in), signing in
 * must not depend on Temporal being up, and a plain timer per replica is enough because the cleanup is
 * idempotent and nothing depends on when it runs: expired sessions and devices are already refused, and
 * failures outside the window already ignored. Returns a function that stops it.
 */
export function startLoginCleanup(em: EntityManager, config: Pick<Config, 'LOGIN_WINDOW_MINUTES'>, log: Pick<Logger, 'info' | 'error'>): () => void {
  const run = () =>
    cleanUpLogins(em, config.LOGIN_WINDOW_MINUTES).then(
      (r) => {
        if (r.sessions || r.failures || r.devices) {
          log.info(`login cleanup removed ${r.sessions} expired session(s), ${r.failures} old failure(s), ${r.devices} expired device(s)`);
        }
      },
      (err: unknown) => log.error({ err }, 'login cleanup failed'),
    );
  return startPeriodic(run, LOGIN_CLEANUP_INTERVAL_MS);
}
