import type { Client } from '@temporalio/client';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { durationsFrom, type StoredSchemeRules } from '../../server/src/modules/cycle/cycle-durations';
import { CycleCommands } from '../../server/src/temporal/cycle-commands';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { median, p95 } from './stats';

export interface CycleStarts {
  starts: number;
  seconds: number;
  perSecond: number;
  /** The fewest starts finished in any whole window of WINDOW_MS, per second: what "sustained" holds to. */
  slowestWindowPerSecond: number;
  /** One start, from the row's insert to the `started` Update's answer. */
  latency: { p50Ms: number; p95Ms: number };
  /** First workflow task of each workflow, from its history: scheduled → picked up by the worker. */
  scheduleToStart: { p50Ms: number; p95Ms: number; maxMs: number; workflows: number };
}

const WINDOW_MS = 5000;

/**
 * (f) Cycle starts as startCycle makes them, minus the HTTP request: insert the cycle row, start its workflow
 * (CycleCommands.ensureStarted) and wait for the `started` Update, which answers once the workflow has
 * projected its first audit-trail entry. Through the api every start would need its own organisation's
 * quality officer logged in (a password hash each) and would run into the per-client rate limit: that
 * measures the login and the limiter, not Temporal and the worker. `concurrency` starts are in flight at
 * once. Afterwards each workflow's history gives its first workflow task's schedule-to-start latency.
 */
export async function measureCycleStarts(opts: {
  temporal: Client;
  taskQueue: string;
  databaseUrl: string;
  frameworkVersionId: string;
  startedById: string;
  count: number;
  concurrency: number;
  log: (line: string) => void;
}): Promise<CycleStarts> {
  const db = new Pool({ connectionString: opts.databaseUrl, max: opts.concurrency });
  try {
    const { rows: organisations } = await db.query<{ id: string; fte: string }>(
      `select o.id, o.fte from organisation o
        where not exists (select 1 from cycle c where c.organisation_id = o.id and c.closed_at is null)
        order by o.created_at limit $1`,
      [opts.count],
    );
    if (organisations.length < opts.count) throw new Error(`Only ${organisations.length} organisations have no open cycle; asked for ${opts.count} starts`);
    const [{ rules }] = (await db.query<{ rules: StoredSchemeRules }>(`select rules from framework_version where id = $1`, [opts.frameworkVersionId])).rows;
    const durations = durationsFrom(rules, false);
    const commands = new CycleCommands(opts.temporal, opts.taskQueue);

    const cycleIds: string[] = [];
    const latencies: number[] = [];
    const finishedAt: number[] = [];
    let next = 0;
    const started = performance.now();
    const starter = async () => {
      while (next < organisations.length) {
        const organisation = organisations[next++];
        const t0 = performance.now();
        const { rows } = await db.query<{ id: string }>(
          `insert into cycle (id, organisation_id, framework_version_id, started_by_id, variant, whole_organisation, scope_units, fte)
           values (gen_random_uuid(), $1, $2, $3, 'EXTERNAL_AUDIT', true, '{}', $4) returning id`,
          [organisation.id, opts.frameworkVersionId, opts.startedById, organisation.fte],
        );
        const cycleId = rows[0].id;
        await commands.ensureStarted({ cycleId, organisationId: organisation.id, startedBy: opts.startedById, durations, previousCycleId: null });
        await commands.awaitStarted(cycleId);
        const t1 = performance.now();
        cycleIds.push(cycleId);
        latencies.push(t1 - t0);
        finishedAt.push(t1 - started);
        if (cycleIds.length % 1000 === 0) opts.log(`    ${cycleIds.length} started (${((t1 - started) / 1000).toFixed(1)} s)`);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, starter));
    const seconds = (performance.now() - started) / 1000;

    return {
      starts: cycleIds.length,
      seconds,
      perSecond: cycleIds.length / seconds,
      slowestWindowPerSecond: slowestWindow(finishedAt, seconds * 1000),
      latency: { p50Ms: median(latencies), p95Ms: p95(latencies) },
      scheduleToStart: await firstTaskScheduleToStart(opts.temporal, cycleIds, opts.concurrency),
    };
  } finally {
    await db.end();
  }
}

/** Starts finished per second in the slowest whole window; the whole run's rate when it is shorter than two windows. */
function slowestWindow(finishedAtMs: number[], totalMs: number): number {
  const windows = Math.floor(totalMs / WINDOW_MS);
  if (windows < 2) return finishedAtMs.length / (totalMs / 1000);
  const counts = new Array<number>(windows).fill(0);
  for (const at of finishedAtMs) if (at < windows * WINDOW_MS) counts[Math.floor(at / WINDOW_MS)] += 1;
  return Math.min(...counts) / (WINDOW_MS / 1000);
}

/** The first workflow task's wait in every history: WorkflowTaskScheduled to WorkflowTaskStarted, by the server's clock. */
async function firstTaskScheduleToStart(temporal: Client, cycleIds: string[], concurrency: number): Promise<CycleStarts['scheduleToStart']> {
  const waits: number[] = [];
  let next = 0;
  const reader = async () => {
    while (next < cycleIds.length) {
      const history = await temporal.workflow.getHandle(cycleWorkflowId(cycleIds[next++])).fetchHistory();
      const events = history.events ?? [];
      const scheduled = events.find((e) => e.workflowTaskScheduledEventAttributes);
      const taken = events.find((e) => e.workflowTaskStartedEventAttributes);
      if (!scheduled?.eventTime || !taken?.eventTime) throw new Error(`A started workflow's history has no first workflow task: ${JSON.stringify(events.slice(0, 3))}`);
      waits.push(epochMs(taken.eventTime) - epochMs(scheduled.eventTime));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  return { p50Ms: median(waits), p95Ms: p95(waits), maxMs: Math.max(...waits), workflows: waits.length };
}

/** A protobuf timestamp (seconds as a Long or number, and nanoseconds) in milliseconds. */
function epochMs(ts: { seconds?: { toNumber(): number } | number | null; nanos?: number | null }): number {
  const seconds = typeof ts.seconds === 'number' ? ts.seconds : (ts.seconds?.toNumber() ?? 0);
  return seconds * 1000 + (ts.nanos ?? 0) / 1e6;
}
