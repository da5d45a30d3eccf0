import type { EntityManager } from '@mikro-orm/postgresql';
import { rm } from 'node:fs/promises';
import type { Logger } from 'pino';
import { removeIfUnreferenced } from './content-lock';
import type { EvidenceStorage } from './storage/evidence-storage';
import type { SpoolFolder } from './storage/spool-folder';
import { ForeignStoreError, type StoreOwnership } from './store/store-ownership';
import { startPeriodic } from '../../common/periodic-job';
import { queryRows, sql } from '../../common/sql-fragment';

/** A spool file nobody wrote to for this long belongs to an upload that died. */
export const SPOOL_MAX_AGE_MS = 60 * 60 * 1000;
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface SweepResult {
  spoolFilesRemoved: number;
  contentRemoved: number;
}

/** What the sweeper works on: the storage, the spool beside it, and who the storage belongs to. */
export interface SweptStore {
  storage: EvidenceStorage;
  spool: SpoolFolder;
  ownership: StoreOwnership;
}

/**
 * Clears what a crash can leave behind (see evidence-intake.service.ts): spool files older than an hour,
 * and stored content that no evidence row references. Each removal of content re-checks under the content
 * lock, so an upload between its move and its insert is never swept. After a sweep every stored file has a
 * row and every row its file. Only in a store of this database: any other is refused with
 * ForeignStoreError before anything is removed (its files are another database's rows).
 */
export async function sweepEvidence(em: EntityManager, { storage, spool, ownership }: SweptStore, now: Date = new Date()): Promise<SweepResult> {
  await ownership.assertOwned(em);
  const result: SweepResult = { spoolFilesRemoved: 0, contentRemoved: 0 };
  for (const file of await spool.stale(new Date(now.getTime() - SPOOL_MAX_AGE_MS))) {
    await rm(file, { force: true });
    result.spoolFilesRemoved += 1;
  }

  const check = async (keys: string[]) => {
    const rows = await queryRows<{ storage_key: string }>(em.fork(), sql`select distinct storage_key from evidence where storage_key in (${keys})`);
    const referenced = new Set(rows.map((r) => r.storage_key));
    for (const key of keys) {
      if (!referenced.has(key) && (await removeIfUnreferenced(em, key, (k) => storage.remove(k)))) result.contentRemoved += 1;
    }
  };
  let batch: string[] = [];
  for await (const object of storage.list()) {
    batch.push(object.key);
    if (batch.length === BATCH) {
      await check(batch);
      batch = [];
    }
  }
  if (batch.length) await check(batch);
  return result;
}

/** Sweeps now and then every hour; for the api process. Returns a function that stops it. */
export function startEvidenceSweeper(em: EntityManager, store: SweptStore, log: Pick<Logger, 'info' | 'error'>): () => void {
  const run = () =>
    sweepEvidence(em, store).then(
      (r) => {
        if (r.spoolFilesRemoved || r.contentRemoved) log.info(`evidence sweep removed ${r.spoolFilesRemoved} spool file(s), ${r.contentRemoved} unreferenced file(s)`);
      },
      (err: unknown) => {
        if (!(err instanceof ForeignStoreError)) return log.error({ err }, 'evidence sweep failed');
        const { storeDatabaseId, databaseId, store: where } = err;
        log.error({ storeDatabaseId, databaseId, store: where }, `evidence sweep refused, nothing removed: ${err.message}`);
      },
    );
  return startPeriodic(run, SWEEP_INTERVAL_MS);
}
