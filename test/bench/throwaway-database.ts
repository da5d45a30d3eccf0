import { DEFAULT_DATABASE_URL } from '../../server/src/config';
import { ensureDatabase, runMigrations } from '../../server/src/db/database';
import { dropDatabase } from '../../server/src/db/postgres-admin';
import { onTeardown } from './teardown';

/**
 * A database of its own for this run, on the server of DATABASE_URL (or the local default), migrated like
 * production and dropped at the end, so the bench never touches real data and leaves nothing behind.
 */
export async function createThrowawayDatabase(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.pathname = `/labelcycle_bench_${process.pid}`;
  const databaseUrl = url.toString();
  await ensureDatabase(databaseUrl);
  // Dropped with force: a child that did not exit in time may still hold connections.
  onTeardown('drop database', () => dropDatabase(databaseUrl));
  await runMigrations(databaseUrl);
  return databaseUrl;
}

