import 'reflect-metadata';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { componentLogger } from './common/logger';
import { loadConfig } from './config';
import { redact } from './db/database';
import { clusterPidFile } from './launcher/cluster-pid';
import { startCluster, type Cluster } from './launcher/cluster';
import { demoLoginLines, seedDemoWorld } from './launcher/demo-world';
import { DEFAULT_CLUSTER_PORTS } from './launcher/temporal-cluster-server';

const launcherLog = componentLogger('launcher');
const log = (line: string) => launcherLog.info(line);

/**
 * `npm run cluster`: LabelCycle as it runs in production, on this machine: a Temporal server on PostgreSQL,
 * CLUSTER_WORKERS workers and CLUSTER_APIS api replicas (on PORT+1, PORT+2, …) behind one entry point on
 * PORT, each replica with its /metrics on METRICS_PORT+i or WORKER_METRICS_PORT+i. Ctrl-C (or `npm run cluster:stop`) stops everything; data stays in PostgreSQL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = path.resolve(config.DATA_DIR);
  const pidFile = clusterPidFile(dataDir);
  let cluster: Cluster | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await cluster?.stop();
    rmSync(pidFile, { force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    log(`PostgreSQL: ${redact(config.DATABASE_URL)}`);
    writeFileSync(pidFile, `${process.pid}\n`);
    cluster = await startCluster({
      serverDir: __dirname,
      dataDir,
      databaseUrl: config.DATABASE_URL,
      temporalDatabases: { main: config.TEMPORAL_DATABASE, visibility: config.TEMPORAL_VISIBILITY_DATABASE },
      temporalPorts: DEFAULT_CLUSTER_PORTS,
      namespace: config.TEMPORAL_NAMESPACE,
      entry: { host: config.HOST, port: config.PORT },
      apiPorts: Array.from({ length: config.CLUSTER_APIS }, (_, i) => config.PORT + 1 + i),
      workers: config.CLUSTER_WORKERS,
      // One /metrics port per replica, counting up from each setting's own (api 1 on METRICS_PORT, …).
      metricsPorts: {
        apis: Array.from({ length: config.CLUSTER_APIS }, (_, i) => config.METRICS_PORT + i),
        workers: Array.from({ length: config.CLUSTER_WORKERS }, (_, i) => config.WORKER_METRICS_PORT + i),
      },
      log,
      onCrash: (name, code) => {
        launcherLog.error(`${name} exited (${code}); stopping the cluster.`);
        void stop(1);
      },
    });
    if (config.DEMO_SEED) await seedDemoWorld(config, config.DATABASE_URL, cluster.temporalAddress);
    const lines = [`\nLabelCycle (cluster) is running at ${config.PUBLIC_URL ?? cluster.url}`, `Temporal frontend: ${cluster.temporalAddress}`];
    if (config.DEMO_SEED) lines.push(...demoLoginLines());
    lines.push('\nPress Ctrl-C, or run `npm run cluster:stop`, to stop.');
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    launcherLog.error(err instanceof Error ? err.message : String(err));
    await stop(1);
  }
}

void main();
