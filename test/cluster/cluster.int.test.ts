import { Client } from 'pg';
import { openOrm } from '../../server/src/db/database';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { COMPLETE_PREPARATION, mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { testCluster, type TestCluster } from './test-cluster';
import { waitFor } from '../support/wait-for';

/**
 * The production topology (`npm run cluster`) on this machine: the Temporal server built from its Go module,
 * on PostgreSQL, two workers and two apis behind the entry point.
 */

let tc: TestCluster;
beforeAll(async () => {
  tc = await testCluster('cluster');
  await tc.start();
}, 15 * 60_000);
afterAll(() => tc?.dispose(), 120_000);

async function rowsIn(databaseUrl: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

let cycleId: string;
let officer: GqlSession;

it('runs a cycle through the entry point: both apis serve, and the workflow lives in the Temporal server’s PostgreSQL', async () => {
  const orm = await openOrm(tc.databaseUrl);
  try {
    const em = orm.em.fork();
    const { version } = await createFramework(em, secondsRules());
    const org = await createOrganisation(em, 'Cluster');
    officer = new GqlSession(tc.current().url);
    await officer.login(org.officer, PASSWORD);
    cycleId = (await officer.ok(START_CYCLE, { i: startInput(version.id) })).startCycle.id;
    const opened = await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
    expect(opened.completePreparation.phase).toBe('SELF_EVALUATION');
  } finally {
    await orm.close();
  }
  // Round robin: login, start, complete and whatever else went through spread over both replicas.
  expect(tc.current().proxy.served().every((n) => n > 0)).toBe(true);
  const { status, state } = await tc.workflow(cycleId);
  expect(status).toBe(1); // RUNNING
  expect(state.phase).toBe('SELF_EVALUATION');
  expect(await rowsIn(tc.database(tc.temporalDatabases.main), `select count(*) as n from executions`)).toBeGreaterThan(0);
  expect(tc.crashes).toEqual([]);
});

it('keeps answering when one api is killed: the entry point moves on to the other', async () => {
  const [first] = tc.current().apis;
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  for (let i = 0; i < 4; i++) {
    const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { id phase } }`, { id: cycleId });
    expect(cycle).toEqual({ id: cycleId, phase: 'SELF_EVALUATION' });
  }
  expect(tc.crashes).toEqual(['api 1 (SIGKILL)']);
});

it('starts again on the same databases and finds the cycle where it was', async () => {
  await tc.current().stop();
  tc.crashes.length = 0;
  await tc.start();
  // Same entry point, same session: sessions live in PostgreSQL, not in an api process.
  const { cycle } = await officer.ok(`query($id: ID!) { cycle(id: $id) { id phase } }`, { id: cycleId });
  expect(cycle).toEqual({ id: cycleId, phase: 'SELF_EVALUATION' });
  expect((await tc.workflow(cycleId)).status).toBe(1);
  expect(tc.crashes).toEqual([]);
}, 5 * 60_000);

it('/readyz says ready only while PostgreSQL and Temporal both answer', async () => {
  const readyz = async () => {
    const res = await fetch(`${tc.current().url}/readyz`);
    return { status: res.status, body: await res.json() };
  };
  expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', postgres: 'ok', temporal: 'ok' } });
  await tc.current().temporal.stop();
  expect(await readyz()).toEqual({ status: 503, body: { status: 'not ready', postgres: 'ok', temporal: 'unavailable' } });
  expect((await fetch(`${tc.current().url}/healthz`)).status).toBe(200);
  await tc.current().restartTemporal();
  // The api's Temporal connection comes back on its own backoff: ready again once it has, within a minute.
  const again = await waitFor('/readyz ready after the Temporal restart', async () => {
    const answer = await readyz();
    return answer.status === 200 ? answer : null;
  }, 60_000);
  expect(again).toEqual({ status: 200, body: { status: 'ready', postgres: 'ok', temporal: 'ok' } });
}, 5 * 60_000);

