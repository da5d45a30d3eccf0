import { Client, Connection } from '@temporalio/client';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startTemporalDevServer, type DevServer } from '../../server/src/launcher/temporal-dev-server';
import { rebuildCycles } from '../../server/src/modules/cycle-repair/rebuild';
import { reconcileCycles } from '../../server/src/modules/cycle-repair/reconcile';
import { ensureReconcileSchedule } from '../../server/src/modules/cycle-repair/reconcile-schedule';
import { reconcileLines } from '../../server/src/modules/cycle-repair/repair-report';
import { cycleWorkflowId, RECONCILE_SCHEDULE_ID } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import type { ReconcileSummary } from '../../workflows/src/activities';
import { driveCycle, type ParkedCycle, type Station } from '../support/cycle-driver';
import { startStack, type Stack } from '../support/stack';
import { testEnv } from '../support/test-env';
import { kill, spawnWorker } from '../support/worker-process';
import { startInProcessWorker, type InProcessWorker } from '../support/in-process-worker';

/**
 * The Temporal store is lost and rebuilt from the projection, for real: a dev server with its own store
 * file, cycles parked at different positions, the server stopped and its file deleted, a fresh server,
 * `rebuildCycles`, and every cycle driven one command further through GraphQL.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-rebuild-'));
const dbFile = path.join(dir, 'temporal.db');
let port: number;
let server: DevServer;
let stack: Stack;
let client: Client;
let connection: Connection;
let worker: InProcessWorker | null = null;

const startServer = () => startTemporalDevServer({ cliPath: testEnv().temporalCliPath, port, uiPort: null, dbFile });

async function startWorker() {
  worker = await startInProcessWorker(stack.orm, server.address, stack.taskQueue);
}

async function stopWorker() {
  await worker?.stop();
  worker = null;
}

async function projection(cycleId: string) {
  const [row] = await stack.orm.em
    .fork()
    .getConnection()
    .execute(`select phase, step, seq, due_at, overdue, lead_auditor_id, proposed_audit_dates from cycle where id = ?`, [cycleId]);
  return row as { phase: string; step: string | null; seq: number; due_at: string | Date | null; overdue: boolean; lead_auditor_id: string | null; proposed_audit_dates: string[] };
}

const CLI_JS = path.resolve(__dirname, '../../dist/server/src/modules/cycle-repair/cycles-cli.js');

/** The compiled command that `npm run cycles:reconcile` and `cycles:rebuild` run, against this test's servers. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: run \`npm run build:server\` first (npm test does).`);
  const env = { ...process.env, DATABASE_URL: testEnv().databaseUrl, TEMPORAL_ADDRESS: server.address, TEMPORAL_TASK_QUEUE: stack.taskQueue, NODE_ENV: 'test', TEST_SECONDS_DURATIONS: 'true', LOG_LEVEL: 'error' };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_JS, ...args], { env }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

const longDurations = { certificateValidity: { amount: 1, unit: 'MONTHS' as const }, recertificationReminder: { amount: 1, unit: 'MONTHS' as const }, selfEvaluationWindow: { amount: 1, unit: 'MONTHS' as const }, draftReportReplyWindow: { amount: 1, unit: 'MONTHS' as const }, improvementPlanDue: { amount: 1, unit: 'MONTHS' as const } };

const stateOf = (cycleId: string) => client.workflow.getHandle(cycleWorkflowId(cycleId)).query(cycleStateQuery);

beforeAll(async () => {
  port = await freePort();
  server = await startServer();
  stack = await startStack({ worker: false, temporalAddress: server.address });
  connection = await Connection.connect({ address: server.address });
  client = new Client({ connection });
  await startWorker();
});

afterAll(async () => {
  await stopWorker();
  await connection?.close();
  await stack?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Where each cycle is parked before the store is lost, and the one step each takes after the rebuild. */
const PLAN: [Station, Station | null][] = [
  ['PREPARATION', 'SELF_EVALUATION'],
  ['SELF_EVALUATION', 'INTERNAL_AUDIT'],
  ['DATES_PROPOSED', 'AUDITING'],
  ['AWAITING_REPLY', 'REPLIED'],
  ['VALID', null],
];

it('rebuilds every open cycle after the Temporal store is deleted, refuses a second time, and the cycles go on', async () => {
  const em = stack.orm.em.fork();
  const cycles: ParkedCycle[] = [];
  for (const [station] of PLAN) cycles.push(await driveCycle(stack.url, em, station, { label: `Herbouw ${station}` }));
  const ids = cycles.map((c) => c.cycleId);
  const before = await Promise.all(ids.map(projection));
  const certified = await stateOf(ids[4]);
  expect(certified.certificateValidUntil).not.toBeNull();

  // The store is lost: the worker and the server stop, the file goes, a fresh server starts on the same port.
  await stopWorker();
  await server.stop();
  rmSync(dbFile, { force: true });
  server = await startServer();
  await startWorker();

  // Reconcile sees workflows missing and changes nothing.
  const missing = await reconcileCycles(stack.orm, client, { dryRun: false, cycleIds: ids });
  expect(missing.map((e) => e.outcome)).toEqual(ids.map(() => 'NO_WORKFLOW'));

  // Pages of two, so the rebuild walks several pages.
  const rebuilt = await rebuildCycles(stack.orm, client, { taskQueue: stack.taskQueue, testSecondsDurations: true, cycleIds: ids, pageSize: 2 });
  expect(rebuilt.map((e) => e.outcome)).toEqual(ids.map(() => 'STARTED'));
  const again = await rebuildCycles(stack.orm, client, { taskQueue: stack.taskQueue, testSecondsDurations: true, cycleIds: ids });
  expect(again.map((e) => e.outcome)).toEqual(ids.map(() => 'WORKFLOW_EXISTS'));
  expect(again[0].note).toContain('RUNNING');

  // Each workflow stands where its projection stood, with the same facts, and the projection did not move.
  for (const [i, id] of ids.entries()) {
    const state = await stateOf(id);
    const row = before[i];
    expect({ phase: state.phase, step: state.step, seq: state.seq, overdue: state.overdue }).toEqual({ phase: row.phase, step: row.step, seq: row.seq, overdue: row.overdue });
    expect(state.dueAt ? Date.parse(state.dueAt) : null).toBe(row.due_at ? new Date(row.due_at).getTime() : null);
    expect(state.leadAuditorId).toBe(row.lead_auditor_id);
    expect(state.proposedDates).toEqual(row.proposed_audit_dates);
    expect(await projection(id)).toEqual(row);
  }
  expect((await stateOf(ids[4])).certificateValidUntil).toBe(certified.certificateValidUntil);

  // One command further through GraphQL: workflow, projection and the api's answer agree.
  for (const [i, [, next]] of PLAN.entries()) {
    if (!next) continue;
    await cycles[i].advanceTo(next);
    const state = await stateOf(ids[i]);
    const row = await projection(ids[i]);
    expect(row.seq).toBe(before[i].seq + 1);
    expect({ phase: row.phase, step: row.step, seq: row.seq }).toEqual({ phase: state.phase, step: state.step, seq: state.seq });
    const api = await cycles[i].officer.ok(`query($id: ID!) { cycle(id: $id) { phase step } }`, { id: ids[i] });
    expect(api.cycle).toEqual({ phase: state.phase, step: state.step });
  }
  // The audit trail goes on without a gap or a second start: seq 1..n, each once.
  const trail = await em.getConnection().execute(`select cycle_id, count(*)::int as n, max(seq) as last from cycle_transition where cycle_id in (?) group by cycle_id`, [ids]);
  for (const t of trail) expect(t.n).toBe(t.last);

  // A wrong projection is repaired from the workflow and reported; --dry-run only reports.
  const target = cycles[2].cycleId;
  const right = await projection(target);
  await em.getConnection().execute(`update cycle set phase = 'SELF_EVALUATION', step = null, overdue = true, proposed_audit_dates = '{}' where id = ?`, [target]);
  const dry = await reconcileCycles(stack.orm, client, { dryRun: true, cycleIds: ids });
  expect(dry.find((e) => e.cycleId === target)).toMatchObject({ outcome: 'WOULD_REPAIR' });
  expect((await projection(target)).phase).toBe('SELF_EVALUATION');
  const repaired = await reconcileCycles(stack.orm, client, { dryRun: false, cycleIds: ids });
  const entry = repaired.find((e) => e.cycleId === target)!;
  expect(entry.outcome).toBe('REPAIRED');
  expect(entry.differences.map((d) => d.field).sort()).toEqual(['overdue', 'phase', 'proposedAuditDates', 'step']);
  expect(repaired.filter((e) => e.cycleId !== target).map((e) => e.outcome)).toEqual(ids.slice(1).map(() => 'AGREES'));
  const lines = reconcileLines(repaired, false);
  expect(lines.find((l) => l.includes(target))).toContain('phase "SELF_EVALUATION" -> "EXTERNAL_AUDIT"');
  expect(lines.at(-1)).toBe(`${ids.length} open cycle(s) checked, ${ids.length - 1} agreed, 1 repaired, 0 unresolved`);
  expect(await projection(target)).toEqual(right);
  // Repeating it changes nothing.
  expect((await reconcileCycles(stack.orm, client, { dryRun: false, cycleIds: ids })).every((e) => e.outcome === 'AGREES')).toBe(true);
}, 600_000);

it('the schedule the worker ensures runs the reconcile: created by the worker, updated on the next start, and a run repairs', async () => {
  // The real worker process creates it when it starts, with the configured time.
  const env = testEnv();
  const workerProcess = await spawnWorker({ DATABASE_URL: env.databaseUrl, TEMPORAL_ADDRESS: server.address, TEMPORAL_TASK_QUEUE: stack.taskQueue, NODE_ENV: 'test', RECONCILE_CRON: '15 2 * * *' });
  await kill(workerProcess, 'SIGTERM');
  const handle = client.schedule.getHandle(RECONCILE_SCHEDULE_ID);
  expect(JSON.stringify((await handle.describe()).spec)).toContain('"hour":[{"start":2,"end":2');
  // A later start with other settings brings the one schedule to them.
  const settings = { taskQueue: stack.taskQueue, cron: '0 4 * * *', timezone: 'Europe/Amsterdam' };
  expect(await ensureReconcileSchedule(client, settings)).toBe('updated');
  const description = await handle.describe();
  expect(description.spec.timezone).toBe('Europe/Amsterdam');
  expect(JSON.stringify(description.spec)).toContain('"hour":[{"start":4,"end":4');

  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'SELF_EVALUATION', { label: 'Geplande reconcile' });
  await stack.orm.em.fork().getConnection().execute(`update cycle set phase = 'PREPARATION' where id = ?`, [cycle.cycleId]);
  await handle.trigger();
  // The run is the schedule's action: find it and wait for its result.
  let summary: ReconcileSummary | null = null;
  for (let i = 0; i < 120 && !summary; i++) {
    const runs = (await handle.describe()).info.recentActions;
    const started = runs.at(-1)?.action.workflow.workflowId;
    if (started) summary = await client.workflow.getHandle(started).result();
    else await new Promise((r) => setTimeout(r, 500));
  }
  expect(summary!.repaired).toBeGreaterThanOrEqual(1);
  expect((await projection(cycle.cycleId)).phase).toBe('SELF_EVALUATION');
  expect(await ensureReconcileSchedule(client, { ...settings, cron: null })).toBe('deleted');
}, 300_000);

it('the commands: reconcile reports and repairs, --dry-run writes nothing, rebuild refuses running workflows, bad options change nothing', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'INTERNAL_AUDIT', { label: 'Commando' });
  const id = cycle.cycleId;
  const conn = stack.orm.em.fork().getConnection();
  await conn.execute(`update cycle set phase = 'PREPARATION' where id = ?`, [id]);

  const dry = await cli(['reconcile', '--dry-run', '--cycle', id]);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain(`cycle ${id}: WOULD_REPAIR: phase "PREPARATION" -> "INTERNAL_AUDIT"`);
  expect(dry.stdout).toContain('dry run, nothing written: 1 open cycle(s) checked, 0 agreed, 1 would be repaired, 0 unresolved');
  expect((await projection(id)).phase).toBe('PREPARATION');

  const run = await cli(['reconcile', '--cycle', id]);
  expect(run.stdout).toContain(`cycle ${id}: REPAIRED: phase "PREPARATION" -> "INTERNAL_AUDIT"`);
  expect((await projection(id)).phase).toBe('INTERNAL_AUDIT');

  const rebuild = await cli(['rebuild', '--cycle', id]);
  expect(rebuild.stdout).toContain(`cycle ${id}: WORKFLOW_EXISTS at INTERNAL_AUDIT (transition 3) — a workflow exists (RUNNING); not started again`);

  // A workflow started afresh for the existing cycle (what a start without rebuild did): reconcile keeps the
  // projection; terminating it and rebuilding that cycle puts the cycle's own position back.
  const handle = client.workflow.getHandle(cycleWorkflowId(id));
  await handle.terminate('test: replaced by a fresh start');
  await client.workflow.start('certificationCycleWorkflow', {
    workflowId: cycleWorkflowId(id),
    taskQueue: stack.taskQueue,
    args: [{ cycleId: id, organisationId: cycle.org.organisation.id, startedBy: cycle.internalAuditorId, durations: longDurations }],
  });
  const behind = await cli(['reconcile', '--cycle', id]);
  expect(behind.stdout).toContain(`cycle ${id}: WORKFLOW_BEHIND`);
  expect((await projection(id)).phase).toBe('INTERNAL_AUDIT');
  await handle.terminate('test: behind its projection');
  const replaced = await cli(['rebuild', '--cycle', id]);
  expect(replaced.stdout).toContain(`cycle ${id}: STARTED at INTERNAL_AUDIT (transition 3)`);
  expect((await stateOf(id)).phase).toBe('INTERNAL_AUDIT');
  expect((await cli(['reconcile', '--cycle', id])).stdout).toContain('1 agreed');

  for (const bad of [['repair'], ['reconcile', '--cycle', 'not-a-cycle'], ['rebuild', '--page-size', '0']]) {
    const refused = await cli(bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/the command is reconcile or rebuild|--cycle takes a cycle ID|--page-size must be a whole number/);
  }
  expect((await projection(id)).phase).toBe('INTERNAL_AUDIT');
}, 300_000);
