import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { DevServer } from '../../server/src/launcher/temporal-dev-server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__lcTeardown as
    | { temporal: DevServer; databaseUrl: string; bundlePath: string }
    | undefined;
  if (!state) return;
  await state.temporal.stop();
  rmSync(state.bundlePath, { force: true });
  const url = new URL(state.databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
}
