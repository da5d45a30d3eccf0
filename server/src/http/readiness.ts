import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { queryRows, sql } from '../common/sql-fragment';
import type { Services } from '../services';

/** A dependency that has not answered within this long counts as down: a load balancer waits for nobody. */
const CHECK_TIMEOUT_MS = 2_000;

async function check(probe: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when PostgreSQL answers through the api's pool: what `/healthz` and `/readyz` both ask. */
export async function postgresAnswers(orm: MikroORM): Promise<void> {
  await queryRows(orm.em.fork(), sql`select 1`);
}

/**
 * `/readyz`: whether this replica should get traffic. Unlike `/healthz` (is the process alive and its
 * database reachable), it also asks Temporal, since every command goes there, and it says no from the moment
 * the process was asked to stop, so a load balancer moves on while the requests under way are finished.
 */
export function readiness(orm: MikroORM, services: Services): { handler: RequestHandler; drain(): void } {
  let draining = false;
  return {
    drain: () => {
      draining = true;
    },
    handler: async (_req, res) => {
      if (draining) {
        res.status(503).json({ status: 'draining' });
        return;
      }
      const [postgres, temporal] = await Promise.all([check(() => postgresAnswers(orm)), check(() => services.temporal.ping())]);
      const ready = postgres === 'ok' && temporal === 'ok';
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', postgres, temporal });
    },
  };
}
