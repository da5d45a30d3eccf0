import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { componentLogger } from './common/logger';
import { whenReady } from './common/ready-signal';
import { DEFAULT_DATABASE_URL, loadConfig } from './config';
import { canConnect, ensureDatabase, openOrm, redact, runMigrations } from './db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seeders/demo-accounts';
import { seedDemoCycles } from './db/seeders/demo-cycles';
import { seedDemoData } from './db/seeders/demo.seeder';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './launcher/embedded-postgres';
import { locateTemporalCli } from './launcher/temporal-cli';
import { startTemporalDevServer, type DevServer } from './launcher/temporal-dev-server';
import { createServices } from './services';
import { CycleCommands } from './temporal/cycle-commands';
import { connectTemporalClient } from './temporal/connection';

const launcherLog = componentLogger('launcher');
const log = (line: string) => launcherLog.info(line);

/**
 * `npm start`: brings up Temporal, PostgreSQL, migrations and demo data, then the worker and the api as
 * child processes. Ctrl-C stops them all; data and running workflows stay under the data folder.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = path.resolve(config.DATA_DIR);
  const stoppers: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(children.map((c) => stopChild(c)));
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    // 1. Temporal
    let temporalAddress = config.TEMPORAL_ADDRESS;
    let temporal: DevServer | null = null;
    if (!process.env.TEMPORAL_ADDRESS) {
      const cliPath = await locateTemporalCli({ explicitPath: config.TEMPORAL_CLI_PATH, dataDir, log });
      const port = Number(temporalAddress.split(':')[1] ?? 7233);
      temporal = await startTemporalDevServer({
        cliPath,
        port,
        uiPort: config.TEMPORAL_UI_PORT,
        dbFile: path.join(dataDir, 'temporal', 'temporal.db'),
        log,
      });
      stoppers.push(() => temporal!.stop());
      temporalAddress = temporal.address;
    }

    // 2. PostgreSQL
    let databaseUrl = config.DATABASE_URL;
    if (!process.env.DATABASE_URL && !(await canConnect(DEFAULT_DATABASE_URL))) {
      log('No PostgreSQL answers on 127.0.0.1:5432 and DATABASE_URL is not set: starting an embedded one.');
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres(dataDir, 54329, log);
      stoppers.push(() => embedded.stop());
      databaseUrl = embedded.url;
    }
    await ensureDatabase(databaseUrl);

    // 3. Migrations and demo data
    const applied = await runMigrations(databaseUrl);
    const orm = await openOrm(databaseUrl);
    log(`database ${redact(databaseUrl)}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
    const seeded = config.DEMO_SEED ? await seedDemoData(orm.em.fork()) : null;

    // 4. Worker and api
    const env = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
    const worker = spawnChild('worker', path.join(__dirname, 'worker.js'), env, stopAll);
    const api = spawnChild('api', path.join(__dirname, 'api.js'), env, stopAll);
    children.push(worker.child, api.child);
    await Promise.all([worker.ready, api.ready]);

    if (seeded) {
      const { client, connection } = await connectTemporalClient({
        address: temporalAddress,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
      });
      const services = createServices(config, new CycleCommands(client, config.TEMPORAL_TASK_QUEUE));
      await seedDemoCycles(orm.em.fork(), services, seeded.framework, seeded.organisations);
      await connection.close();
    }
    await orm.close();

    const url = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
    // What to open and how to sign in is this command's answer to a person, not a log line: plain text,
    // whatever LOG_LEVEL says.
    const lines = [`\nLabelCycle is running at ${url}`];
    if (temporal?.uiUrl) lines.push(`Temporal Web UI: ${temporal.uiUrl}`);
    if (seeded) {
      lines.push(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
      for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(22)} ${a.email}`);
    }
    lines.push('\nPress Ctrl-C to stop.');
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    // The message alone, as before: these are mostly a missing tool or a busy port, not a bug.
    launcherLog.error(err instanceof Error ? err.message : String(err));
    await stopAll(1);
  }
}

/** Starts a child with its output passed through; `ready` resolves when it signals so over IPC. */
function spawnChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  onCrash: (code: number) => Promise<void>,
): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = whenReady(child);
  child.once('exit', (code, signal) => {
    if (signal === 'SIGTERM' || signal === 'SIGINT') return;
    launcherLog.error(`${name} exited (${code ?? signal}); stopping everything.`);
    void onCrash(1);
  });
  return { child, ready };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}

void main();
