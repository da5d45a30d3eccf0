import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ensureDatabase } from '../db/postgres-admin';
import type { TemporalServerTools } from './temporal-server-install';

const run = promisify(execFile);

/** Temporal's two databases, each with the versioned schema folder of the module that applies to it. */
export interface TemporalDatabases {
  main: string;
  visibility: string;
}

/**
 * Creates Temporal's databases in the given PostgreSQL when missing and brings their schema to the version
 * the binaries expect, with Temporal's own schema tool: a fresh database gets the base (`setup-schema -v 0.0`),
 * every database then gets `update-schema`, which applies only what it lacks. Safe to run on every start,
 * and after a crash between the two steps (the base is laid when its version table is missing).
 */
export async function prepareTemporalDatabases(opts: {
  tools: TemporalServerTools;
  databaseUrl: string;
  names: TemporalDatabases;
  log: (line: string) => void;
}): Promise<void> {
  const versioned = (kind: 'temporal' | 'visibility') => path.join(opts.tools.moduleDir, 'schema', 'postgresql', 'v12', kind, 'versioned');
  for (const [name, kind] of [[opts.names.main, 'temporal'], [opts.names.visibility, 'visibility']] as const) {
    const url = withDatabase(opts.databaseUrl, name);
    await ensureDatabase(url);
    const sql = (...args: string[]) => run(opts.tools.sqlTool, [...connectionFlags(url), ...args], { env: sqlToolEnv(url) });
    if (!(await hasVersionTable(url))) {
      opts.log(`Temporal database ${name}: laying the base schema`);
      await sql('setup-schema', '-v', '0.0');
    }
    await sql('update-schema', '-d', versioned(kind));
    opts.log(`Temporal database ${name}: schema up to date`);
  }
}

export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Everything but the password, which goes through the environment so that it never shows in a process list. */
function connectionFlags(databaseUrl: string): string[] {
  const url = new URL(databaseUrl);
  return [
    '--plugin', 'postgres12',
    '--endpoint', url.hostname,
    '--port', url.port || '5432',
    '--user', decodeURIComponent(url.username || 'postgres'),
    '--database', decodeURIComponent(url.pathname.slice(1)),
  ];
}

function sqlToolEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const password = decodeURIComponent(new URL(databaseUrl).password);
  return { ...process.env, SQL_PASSWORD: password };
}

async function hasVersionTable(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query(`select 1 from information_schema.tables where table_name = 'schema_version'`);
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
