import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection, WorkflowClient } from '@temporalio/client';
import { dropDatabase } from '../../server/src/db/postgres-admin';
import { startCluster, type Cluster, type ClusterOptions } from '../../server/src/launcher/cluster';
import { HIGHEST_CLUSTER_PORT, type TemporalClusterPorts } from '../../server/src/launcher/temporal-cluster-server';
import { freePort } from '../../server/src/launcher/temporal-dev-server';
import { withDatabase } from '../../server/src/launcher/temporal-schema';
import type { CycleStateView } from '../../workflows/src/messages';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { testEnv } from '../support/test-env';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A query answered by a worker. Right after a worker is killed, Temporal may still route the query to that
 * worker's own (sticky) queue until it notices the worker is gone, and the query times out; asked again a
 * little later it reaches a live worker. The state it returns is what counts, so a late answer is fine.
 */
async function queryAfterFaults<T>(query: () => Promise<T>, patienceMs = 90_000): Promise<T> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    try {
      return await query();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 2_000));
    }
  }
}

/** A port nobody listens on, below the limit Temporal's membership table sets. */
async function lowFreePort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * (HIGHEST_CLUSTER_PORT - 20_000));
    if (taken.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) {
      taken.add(port);
      return port;
    }
  }
}

async function freeClusterPorts(): Promise<TemporalClusterPorts> {
  const names = ['frontend', 'frontendHttp', 'history', 'matching', 'worker', 'frontendMembership', 'historyMembership', 'matchingMembership', 'workerMembership', 'metrics'] as const;
  const taken = new Set<number>();
  const ports = {} as TemporalClusterPorts;
  for (const name of names) ports[name] = await lowFreePort(taken);
  return ports;
}

export interface TestCluster {
  options: ClusterOptions;
  /** LabelCycle's database of this cluster. */
  databaseUrl: string;
  /** A database of the same PostgreSQL server (Temporal's, for one). */
  database(name: string): string;
  temporalDatabases: { main: string; visibility: string };
  /** Exits nobody asked for, as "<name> (<code>)". */
  crashes: string[];
  current(): Cluster;
  start(overrides?: Partial<ClusterOptions>): Promise<Cluster>;
  /** The cycle workflow's status (1 = running) and state as the cluster's Temporal reports them. */
  workflow(cycleId: string): Promise<{ status: number | null | undefined; state: CycleStateView }>;
  /** Stops the cluster and drops everything this run made. */
  dispose(): Promise<void>;
}

/**
 * The production topology of `npm run cluster` for one test file: its own databases (named after the
 * process), free ports, and a state folder; the binaries are those `npm run cluster:install` found or built.
 */
export async function testCluster(label: string, env: NodeJS.ProcessEnv = {}): Promise<TestCluster> {
  const run = `${label}_${process.pid}`;
  const base = testEnv().databaseUrl;
  const databaseUrl = withDatabase(base, `labelcycle_${run}`);
  const temporalDatabases = { main: `temporal_${run}`, visibility: `temporal_visibility_${run}` };
  const stateDir = path.join(ROOT, '.data', 'test', `cluster-${run}`);
  const crashes: string[] = [];
  const options: ClusterOptions = {
    serverDir: path.join(ROOT, 'dist', 'server', 'src'),
    dataDir: path.join(ROOT, '.data'),
    stateDir,
    databaseUrl,
    temporalDatabases,
    temporalPorts: await freeClusterPorts(),
    namespace: 'default',
    entry: { host: '127.0.0.1', port: await freePort() },
    apiPorts: [await freePort(), await freePort()],
    workers: 2,
    metricsPorts: { apis: [0, 0], workers: [0, 0] },
    env: { LOG_LEVEL: 'error', NODE_ENV: 'production', DEMO_SEED: 'false', DATA_DIR: stateDir, ...env },
    log: () => undefined,
    onCrash: (name, code) => crashes.push(`${name} (${code})`),
  };
  let cluster: Cluster | null = null;
  const current = () => {
    if (!cluster) throw new Error('The cluster is not running.');
    return cluster;
  };
  return {
    options,
    databaseUrl,
    database: (name) => withDatabase(base, name),
    temporalDatabases,
    crashes,
    current,
    async start(overrides = {}) {
      cluster = await startCluster({ ...options, ...overrides });
      return cluster;
    },
    async workflow(cycleId) {
      const connection = await Connection.connect({ address: current().temporalAddress });
      try {
        const execution = { workflowId: cycleWorkflowId(cycleId) };
        const described = await connection.workflowService.describeWorkflowExecution({ namespace: options.namespace, execution });
        const handle = new WorkflowClient({ connection, namespace: options.namespace }).getHandle(execution.workflowId);
        return { status: described.workflowExecutionInfo?.status, state: await queryAfterFaults(() => handle.query<CycleStateView>('state')) };
      } finally {
        await connection.close();
      }
    },
    async dispose() {
      await cluster?.stop();
      cluster = null;
      for (const name of [databaseUrl, withDatabase(base, temporalDatabases.main), withDatabase(base, temporalDatabases.visibility)]) {
        await dropDatabase(name).catch(() => undefined);
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
