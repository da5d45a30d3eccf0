import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase, runMigrations } from '../db/database';
import { spawnNodeChild, stopChild, type ChildHandle } from './children';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { startTemporalCluster, writeClusterConfig, type TemporalCluster, type TemporalClusterPorts } from './temporal-cluster-server';
import { prepareTemporalDatabases, type TemporalDatabases } from './temporal-schema';
import { locateTemporalServer } from './temporal-server-install';

export interface ClusterOptions {
  /** Where the compiled api.js and worker.js are. */
  serverDir: string;
  /** Holds the binaries' cache (bin/) and, unless `stateDir` says otherwise, the cluster's config and logs (cluster/). */
  dataDir: string;
  stateDir?: string;
  /** LabelCycle's own database; Temporal's databases are made beside it in the same PostgreSQL. */
  databaseUrl: string;
  temporalDatabases: TemporalDatabases;
  temporalPorts: TemporalClusterPorts;
  namespace: string;
  /** The entry point, and each api replica's own port (one replica per port). */
  entry: { host: string; port: number };
  apiPorts: number[];
  workers: number;
  /** Each replica's own /metrics port (0: any free one), apis and workers; as many as there are of each. */
  metricsPorts: { apis: number[]; workers: number[] };
  /** Extra environment for the apis and workers (the rest is inherited). */
  env?: NodeJS.ProcessEnv;
  temporalLogLevel?: string;
  log: (line: string) => void;
  /** Called when an api or worker exits without being asked to. */
  onCrash: (name: string, code: number | string | null) => void;
}

export interface Cluster {
  url: string;
  temporalAddress: string;
  temporal: TemporalCluster;
  apis: ChildHandle[];
  workers: ChildHandle[];
  proxy: RoundRobinProxy;
  /** Kills a worker or an api with SIGKILL (no chance to finish anything) and starts a new one in its place. */
  killAndRestart(kind: 'worker' | 'api', index: number): Promise<void>;
  /** Stops the Temporal server and starts it again on the same ports and databases. */
  restartTemporal(): Promise<void>;
  /** Stops the proxy, the apis, the workers, then the Temporal server. Data stays. */
  stop(): Promise<void>;
}

/**
 * The production topology on one machine: a Temporal server (all four services) on PostgreSQL, LabelCycle's
 * migrations, several workers and api replicas, and one entry point in front of the apis. What started is
 * stopped again if a later step fails.
 */
export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const clusterDir = opts.stateDir ?? path.join(opts.dataDir, 'cluster');
  mkdirSync(clusterDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const tools = await locateTemporalServer({ dataDir: opts.dataDir, log: opts.log });
    await prepareTemporalDatabases({ tools, databaseUrl: opts.databaseUrl, names: opts.temporalDatabases, log: opts.log });
    const configDir = path.join(clusterDir, 'config');
    writeClusterConfig({ dir: configDir, databaseUrl: opts.databaseUrl, names: opts.temporalDatabases, ports: opts.temporalPorts, logLevel: opts.temporalLogLevel ?? 'warn' });
    const temporalLog = path.join(clusterDir, 'temporal-server.log');
    opts.log(`Starting the Temporal server (its log: ${temporalLog})`);
    const output = createWriteStream(temporalLog, { flags: 'a' });
    stops.push(() => new Promise((resolve) => output.end(resolve)));
    const startTemporal = () => startTemporalCluster({ tools, configDir, ports: opts.temporalPorts, namespace: opts.namespace, log: opts.log, output });
    let temporal = await startTemporal();
    stops.push(() => temporal.stop());

    await ensureDatabase(opts.databaseUrl);
    const applied = await runMigrations(opts.databaseUrl);
    opts.log(applied.length ? `LabelCycle migrations applied: ${applied.join(', ')}` : 'LabelCycle schema up to date');

    const env = { ...process.env, ...opts.env, DATABASE_URL: opts.databaseUrl, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_NAMESPACE: opts.namespace };
    const spawnWorker = (i: number) =>
      spawnNodeChild(`worker ${i + 1}`, path.join(opts.serverDir, 'worker.js'), { ...env, WORKER_METRICS_PORT: String(opts.metricsPorts.workers[i]) }, opts.onCrash);
    const spawnApi = (i: number) =>
      spawnNodeChild(
        `api ${i + 1}`,
        path.join(opts.serverDir, 'api.js'),
        { ...env, HOST: '127.0.0.1', PORT: String(opts.apiPorts[i]), METRICS_PORT: String(opts.metricsPorts.apis[i]) },
        opts.onCrash,
      );
    const workers = Array.from({ length: opts.workers }, (_, i) => spawnWorker(i));
    stops.push(async () => void (await Promise.all(workers.map((w) => w.stop()))));
    const apis = opts.apiPorts.map((_, i) => spawnApi(i));
    stops.push(async () => void (await Promise.all(apis.map((a) => a.stop()))));
    await Promise.all([...workers, ...apis].map((c) => c.ready));
    opts.log(`${workers.length} workers and ${apis.length} apis (ports ${opts.apiPorts.join(', ')}) are ready`);

    const proxy = await startRoundRobinProxy({ host: opts.entry.host, port: opts.entry.port, upstreams: opts.apiPorts.map((port) => ({ host: '127.0.0.1', port })) });
    stops.push(() => proxy.close());
    const shownHost = opts.entry.host === '0.0.0.0' ? 'localhost' : opts.entry.host;
    return {
      url: `http://${shownHost}:${proxy.port}`,
      temporalAddress: temporal.address,
      get temporal() {
        return temporal;
      },
      apis,
      workers,
      proxy,
      async killAndRestart(kind, index) {
        const [list, spawnOne] = kind === 'worker' ? [workers, spawnWorker] : [apis, spawnApi];
        await stopChild(list[index].child, 0, 'SIGKILL');
        const fresh = spawnOne(index);
        list[index] = fresh;
        await fresh.ready;
      },
      async restartTemporal() {
        await temporal.stop();
        temporal = await startTemporal();
      },
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
