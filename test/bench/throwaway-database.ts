import { Client } from 'pg';
import { DEFAULT_DATABASE_URL } from '../../server/src/config';
import { ensureDatabase, runMigrations } from '../../server/src/db/database';
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
  onTeardown('drop database', () => dropDatabase(databaseUrl));
  await runMigrations(databaseUrl);
  return databaseUrl;
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    // force: a child that did not exit in time may still hold connections.
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}
