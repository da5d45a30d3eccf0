import 'reflect-metadata';
import path from 'node:path';
import { componentLogger } from './common/logger';
import { DEFAULT_DATABASE_URL, loadConfig } from './config';
import { canConnect, ensureDatabase, redact, runMigrations } from './db/database';
import { spawnNodeChild, type ChildHandle } from './launcher/children';
import { demoLoginLines, seedDemoWorld } from './launcher/demo-world';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './launcher/embedded-postgres';
import { locateTemporalCli } from './launcher/temporal-cli';
import { startTemporalDevServer, type DevServer } from './launcher/temporal-dev-server';

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
  const children: ChildHandle[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(children.map((c) => c.stop()));
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

    // 3. Migrations
    const applied = await runMigrations(databaseUrl);
    log(`database ${redact(databaseUrl)}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);

    // 4. Worker and api, then the demo sector (its cycles run through the worker)
    const env = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
    const onCrash = (name: string, code: number | string | null) => {
      launcherLog.error(`${name} exited (${code}); stopping everything.`);
      void stopAll(1);
    };
    const worker = spawnNodeChild('worker', path.join(__dirname, 'worker.js'), env, onCrash);
    const api = spawnNodeChild('api', path.join(__dirname, 'api.js'), env, onCrash);
    children.push(worker, api);
    await Promise.all([worker.ready, api.ready]);
    if (config.DEMO_SEED) await seedDemoWorld(config, databaseUrl, temporalAddress);

    const url = config.PUBLIC_URL ?? `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
    // What to open and how to sign in is this command's answer to a person, not a log line: plain text,
    // whatever LOG_LEVEL says.
    const lines = [`\nLabelCycle is running at ${url}`];
    if (temporal?.uiUrl) lines.push(`Temporal Web UI: ${temporal.uiUrl}`);
    if (config.DEMO_SEED) lines.push(...demoLoginLines());
    lines.push('\nPress Ctrl-C to stop.');
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    // The message alone, as before: these are mostly a missing tool or a busy port, not a bug.
    launcherLog.error(err instanceof Error ? err.message : String(err));
    await stopAll(1);
  }
}

void main();
