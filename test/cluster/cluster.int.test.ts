import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { Client } from 'pg';
import { openOrm } from '../../server/src/db/database';
import { dropDatabase } from '../../server/src/db/postgres-admin';
import { startCluster, type Cluster, type ClusterOptions } from '../../server/src/launcher/cluster';
import { HIGHEST_CLUSTER_PORT, type TemporalClusterPorts } from '../../server/src/launcher/temporal-cluster-server';
import { freePort } from '../../server/src/launcher/temporal-dev-server';
import { withDatabase } from '../../server/src/launcher/temporal-schema';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { COMPLETE_PREPARATION, mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { testEnv } from '../support/test-env';

/**
 * The production topology (`npm run cluster`) on this machine: the Temporal server built from its Go module,
 * on PostgreSQL, two workers and two apis behind the entry point. Everything here is made for this run (its
 * own databases and free ports) and dropped afterwards; the binaries are those `npm run cluster:install`
 * found or built, which `.ci/run` does before the tests.
 */

const ROOT = path.resolve(__dirname, '../..');
const run = `${process.pid}`;
const base = testEnv().databaseUrl;
const databaseUrl = withDatabase(base, `labelcycle_cluster_${run}`);
const temporalDatabases = { main: `temporal_${run}`, visibility: `temporal_visibility_${run}` };
const crashes: string[] = [];
/** This run's Temporal config and log, and the apis' data folder. */
const stateDir = path.join(ROOT, '.data', 'test', `cluster-${run}`);

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

let options: ClusterOptions;
let cluster: Cluster | null = null;

beforeAll(async () => {
  options = {
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
    env: { LOG_LEVEL: 'error', NODE_ENV: 'production', DEMO_SEED: 'false', DATA_DIR: stateDir },
    log: () => undefined,
    onCrash: (name, code) => crashes.push(`${name} (${code})`),
  };
  cluster = await startCluster(options);
}, 15 * 60_000);

afterAll(async () => {
  await cluster?.stop();
  for (const name of [databaseUrl, withDatabase(base, temporalDatabases.main), withDatabase(base, temporalDatabases.visibility)]) {
    await dropDatabase(name).catch(() => undefined);
  }
  rmSync(stateDir, { recursive: true, force: true });
}, 120_000);

async function rowsIn(database: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: withDatabase(base, database) });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** The cycle workflow's status as the cluster's Temporal reports it (1 = running). */
async function workflowStatus(): Promise<number | null | undefined> {
  const connection = await Connection.connect({ address: cluster!.temporalAddress });
  try {
    const described = await connection.workflowService.describeWorkflowExecution({ namespace: 'default', execution: { workflowId: cycleWorkflowId(cycleId) } });
    return described.workflowExecutionInfo?.status;
  } finally {
    await connection.close();
  }
}

let cycleId: string;
let officer: GqlSession;

it('runs a cycle through the entry point: both apis serve, and the workflow lives in the Temporal server’s PostgreSQL', async () => {
  const orm = await openOrm(databaseUrl);
  try {
    const em = orm.em.fork();
    const { version } = await createFramework(em, secondsRules());
    const org = await createOrganisation(em, 'Cluster');
    officer = new GqlSession(cluster!.url);
    await officer.login(org.officer, PASSWORD);
    cycleId = (await officer.ok(START_CYCLE, { i: startInput(version.id) })).startCycle.id;
    const opened = await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
    expect(opened.completePreparation.phase).toBe('SELF_EVALUATION');
  } finally {
    await orm.close();
  }
  // Round robin: login, start, complete and whatever else went through spread over both replicas.
  expect(cluster!.proxy.served().every((n) => n > 0)).toBe(true);

  expect(await workflowStatus()).toBe(1); // RUNNING
  expect(await rowsIn(temporalDatabases.main, `select count(*) as n from executions`)).toBeGreaterThan(0);
  expect(crashes).toEqual([]);
});

it('keeps answering when one api is killed: the entry point moves on to the other', async () => {
  const [first] = cluster!.apis;
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  for (let i = 0; i < 4; i++) {
    const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { id phase } }`, { id: cycleId });
    expect(cycle).toEqual({ id: cycleId, phase: 'SELF_EVALUATION' });
  }
  expect(crashes).toEqual(['api 1 (SIGKILL)']);
});

it('starts again on the same databases and finds the cycle where it was', async () => {
  await cluster!.stop();
  crashes.length = 0;
  cluster = await startCluster({ ...options, apiPorts: [await freePort(), await freePort()] });
  // Same entry point, same session: sessions live in PostgreSQL, not in an api process.
  const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { id phase } }`, { id: cycleId });
  expect(cycle).toEqual({ id: cycleId, phase: 'SELF_EVALUATION' });
  expect(await workflowStatus()).toBe(1);
  expect(crashes).toEqual([]);
}, 5 * 60_000);
