import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../server/src/common/project-root';
import { openOrm } from '../../server/src/db/database';
import { freePort } from '../../server/src/launcher/temporal-dev-server';
import { connectTemporalClient } from '../../server/src/temporal/connection';
import { spawnAppProcess, type AppProcess } from './app-process';
import { startBaselineServer } from './baseline-server';
import { measureCommandLatency } from './command-latency';
import { measureCycleStarts } from './cycle-starts';
import { loggedInEndpoint } from './graphql-session';
import { HttpEndpoint } from './http-client';
import { learningOverviewCases } from './learning-reads';
import { measureListThroughput } from './list-throughput';
import { ORGANISATIONS_PAGE, ORGANISATIONS_WITH_CURRENT } from './operations';
import { measureReads, type ReadLatency } from './read-latency';
import { log, verdictTable, type Verdict } from './report';
import { mb, RssSampler } from './rss-sampler';
import { scheduledCycle } from './scheduled-cycle';
import { frameworkVersionsCase, sectorReadCases } from './sector-reads';
import { seedBenchData } from './seed';
import { startStatementProxy } from './statement-proxy';
import { measureStatementsPerRequest, type StatementsBySize } from './statements-per-request';
import { fixed } from './stats';
import { describe, interruptedWith, onTeardown, teardown, teardownOnSignals } from './teardown';
import { startThrowawayTemporal } from './temporal-server';
import { createThrowawayDatabase } from './throwaway-database';

/**
 * Sized to finish in about three and a half minutes on two cores after the build, most of it (f)'s starts.
 * (a) warms each side up for fifteen seconds first: V8 optimises the api's request path, and the heap sizes
 * its young generation, over the first several thousand requests (after a second's warm-up the ratio
 * measured 0.36 to 0.41, after six seconds 0.44 to 0.50, after twenty 0.51 to 0.54, the baseline warmed
 * alike), and what matters is the api as it runs all day. Four rounds a side rather than two, as the
 * machine's own speed swings by a fifth from one round to the next.
 */
const LIST = { first: 100, concurrency: 8, warmupMs: 15_000, roundMs: 2500, rounds: 4, minRatio: 0.5 };
const COMMAND = { iterations: 100, batch: 10, warmup: 5, maxOverheadMs: 20, maxOverNoop: 10 };
const STATEMENTS = { sizes: [10, 100, 500], repeats: 3 };
const READS = { samples: 30, warmup: 2, maxP95Ms: 100 };
const STARTS = { count: cycleStartsFromEnv(), concurrency: 16, minPerSecond: 20, maxScheduleToStartP95Ms: 1000 };

/**
 * `npm run bench`: the api's cost next to the floor it is built on, in one run on a world of its own
 * (throwaway database, in-memory Temporal, api and worker as separate processes). It prints a table and
 * exits 0 whether or not a target is met; it exits non-zero only when the bench itself cannot run.
 */
async function main(): Promise<void> {
  teardownOnSignals();
  const started = performance.now();
  const root = projectRoot(__dirname);
  const taskQueue = `labelcycle-bench-${process.pid}`;

  log('setting up: throwaway database, Temporal dev server…');
  const [databaseUrl, temporalAddress] = await Promise.all([createThrowawayDatabase(), startThrowawayTemporal(root, log)]);
  const orm = await openOrm(databaseUrl);
  onTeardown('close ORM', () => orm.close());
  const seeded = await seedBenchData(orm, databaseUrl);
  log(`seeded ${seeded.organisations} organisations, ${seeded.openCycles} open cycles, ${seeded.certificates} certificates`);
  log(`       ${seeded.transitions} audit-trail entries, ${seeded.findings} audit findings, a framework version of ${seeded.largeFramework.norms} norms`);

  // The api reaches PostgreSQL through a counting proxy; the baseline through one of its own, so both pay the same hop.
  const apiProxy = await startStatementProxy(databaseUrl);
  onTeardown('close api proxy', () => apiProxy.close());
  const baselineProxy = await startStatementProxy(databaseUrl);
  onTeardown('close baseline proxy', () => baselineProxy.close());

  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_NAMESPACE: 'default', TEMPORAL_TASK_QUEUE: taskQueue };
  delete env.SMTP_URL; // notifications stay in-app: the bench must not send mail
  // The bench is one client sending as fast as it can; it measures the api, not the per-client rate limit.
  Object.assign(env, { RATE_LIMIT_PER_MINUTE: '100000000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000000' });
  // Metrics on any free port: the fixed defaults may be held by an `npm start` running beside the bench.
  Object.assign(env, { METRICS_PORT: '0', WORKER_METRICS_PORT: '0' });
  const worker = spawnAppProcess('worker', { ...env, DATABASE_URL: databaseUrl });
  const api = spawnAppProcess('api', { ...env, DATABASE_URL: apiProxy.urlThrough(databaseUrl), PORT: String(port) });
  const workerRss = new RssSampler(worker.pid).start();
  const apiRss = new RssSampler(api.pid).start();
  onTeardown('stop RSS sampling', async () => [workerRss, apiRss].forEach((s) => s.stop()));
  await Promise.all([worker.ready, api.ready]);
  const apiUrl = `http://127.0.0.1:${port}`;
  log(`api (pid ${api.pid}) on ${apiUrl}, worker (pid ${worker.pid}) on ${taskQueue}`);

  const baseline = await startBaselineServer(baselineProxy.urlThrough(databaseUrl));
  onTeardown('stop baseline server', () => baseline.close());
  const { client: temporal, connection } = await connectTemporalClient({ address: temporalAddress, namespace: 'default', taskQueue });
  onTeardown('close Temporal client', () => connection.close());

  const cycle = await scheduledCycle(apiUrl, orm);
  log(`cycle ${cycle.cycleId} is at EXTERNAL_AUDIT / SCHEDULING`);
  const admin = await loggedInEndpoint(`${apiUrl}/graphql`, seeded.sectorAdmin.email, seeded.sectorAdmin.password, LIST.concurrency);
  const lead = await loggedInEndpoint(`${apiUrl}/graphql`, cycle.lead.email, cycle.lead.password, 1);
  const bare = new HttpEndpoint(baseline.url, LIST.concurrency);
  onTeardown('close http clients', async () => [admin, lead, bare].forEach((e) => e.close()));
  log(`setup took ${fixed((performance.now() - started) / 1000)} s`);
  workerRss.resetWindow();
  apiRss.resetWindow();

  log(`(a) organisations(first: ${LIST.first}), ${LIST.concurrency} clients, ${LIST.rounds} × ${LIST.roundMs / 1000} s each side…`);
  const list = await measureListThroughput({ graphql: admin, baseline: bare, ...LIST });
  assertAlive(api, worker);
  log(`    bodies identical (${list.responseBytes} bytes)`);
  log(`    GraphQL : ${fixed(list.graphql.requestsPerSecond, 0)} req/s, p50 ${fixed(list.graphql.p50Ms)} ms, p95 ${fixed(list.graphql.p95Ms)} ms (${list.graphql.requests} requests)`);
  log(`    baseline: ${fixed(list.baseline.requestsPerSecond, 0)} req/s, p50 ${fixed(list.baseline.p50Ms)} ms, p95 ${fixed(list.baseline.p95Ms)} ms (${list.baseline.requests} requests)`);
  log(`    ratio   : ${fixed(list.ratio, 2)}× the baseline's throughput`);

  log(`(b) proposeAuditDates, ${COMMAND.iterations} sequential calls each way in batches of ${COMMAND.batch}…`);
  const command = await measureCommandLatency({ lead, temporal, cycleId: cycle.cycleId, actorId: cycle.lead.id, ...COMMAND });
  assertAlive(api, worker);
  log(`    GraphQL   : p50 ${fixed(command.graphql.p50Ms)} ms, p95 ${fixed(command.graphql.p95Ms)} ms`);
  log(`    raw Update: p50 ${fixed(command.raw.p50Ms)} ms, p95 ${fixed(command.raw.p95Ms)} ms`);
  log(`    no-op     : p50 ${fixed(command.noop.p50Ms)} ms, p95 ${fixed(command.noop.p95Ms)} ms`);
  log(`    overhead  : ${fixed(command.overheadMs)} ms at the median (${fixed(command.graphql.p50Ms / command.raw.p50Ms, 2)}×)`);

  log(`(c) statements per organisations request at page sizes ${STATEMENTS.sizes.join(', ')}…`);
  const plain = await measureStatementsPerRequest({ endpoint: admin, proxy: apiProxy, query: ORGANISATIONS_PAGE, ...STATEMENTS });
  const withCurrent = await measureStatementsPerRequest({ endpoint: admin, proxy: apiProxy, query: ORGANISATIONS_WITH_CURRENT, ...STATEMENTS });
  const floor = await measureStatementsPerRequest({ endpoint: bare, proxy: baselineProxy, query: ORGANISATIONS_PAGE, ...STATEMENTS });
  assertAlive(api, worker);
  log(`    GraphQL, own columns               : ${perSize(plain)}`);
  log(`    GraphQL, + currentCycle/certificate: ${perSize(withCurrent)}`);
  log(`    baseline                           : ${perSize(floor)}`);
  log(`    (the api opened ${apiProxy.counts.connections} connections to PostgreSQL in all)`);

  log(`(d) the sector body's screens with ${seeded.organisations} organisations, (e) frameworkVersions: ${READS.samples} requests each, one at a time…`);
  const reads = await measureReads(admin, [...(await sectorReadCases(admin, seeded)), frameworkVersionsCase(seeded)], READS);
  assertAlive(api, worker);
  for (const r of reads) log(`    ${r.label.padEnd(48)}: p50 ${fixed(r.p50Ms)} ms, p95 ${fixed(r.p95Ms)} ms (${fixed(r.bytes / 1024, 0)} kB)`);

  log(`(g) the team overview of learning time, ${seeded.learning.professionals} professionals, ${seeded.learning.entries} entries in ${seeded.learning.year}: ${READS.samples} requests each…`);
  const coordinator = await loggedInEndpoint(`${apiUrl}/graphql`, seeded.learning.coordinator.email, seeded.learning.coordinator.password, 1);
  onTeardown('close coordinator client', async () => coordinator.close());
  const learningReads = await measureReads(coordinator, learningOverviewCases(seeded.learning), READS);
  assertAlive(api, worker);
  for (const r of learningReads) log(`    ${r.label.padEnd(48)}: p50 ${fixed(r.p50Ms)} ms, p95 ${fixed(r.p95Ms)} ms (${fixed(r.bytes / 1024, 0)} kB)`);

  log(`(f) ${STARTS.count} cycle starts, ${STARTS.concurrency} at a time (BENCH_CYCLE_STARTS sets how many)…`);
  const starts = await measureCycleStarts({ temporal, taskQueue, databaseUrl, frameworkVersionId: seeded.frameworkVersionId, startedById: seeded.sectorAdmin.id, ...STARTS, log });
  assertAlive(api, worker);
  log(`    ${starts.starts} in ${fixed(starts.seconds)} s: ${fixed(starts.perSecond)} per second, the slowest 5 s ${fixed(starts.slowestWindowPerSecond)} per second`);
  log(`    one start: p50 ${fixed(starts.latency.p50Ms)} ms, p95 ${fixed(starts.latency.p95Ms)} ms`);
  log(`    first workflow task, schedule-to-start: p50 ${fixed(starts.scheduleToStart.p50Ms)} ms, p95 ${fixed(starts.scheduleToStart.p95Ms)} ms, max ${fixed(starts.scheduleToStart.maxMs)} ms (${starts.scheduleToStart.workflows} histories)`);

  const verdicts: Verdict[] = [
    {
      metric: `(a) organisations(first: ${LIST.first}) throughput, GraphQL / baseline`,
      measured: `${fixed(list.ratio, 2)}× (${fixed(list.graphql.requestsPerSecond, 0)} vs ${fixed(list.baseline.requestsPerSecond, 0)} req/s)`,
      target: `≥ ${LIST.minRatio}×`,
      pass: list.ratio >= LIST.minRatio,
    },
    {
      metric: '(b) proposeAuditDates p50, GraphQL − raw Update',
      measured: `${fixed(command.overheadMs)} ms (${fixed(command.graphql.p50Ms)} vs ${fixed(command.raw.p50Ms)} ms)`,
      target: `≤ ${COMMAND.maxOverheadMs} ms`,
      pass: command.overheadMs <= COMMAND.maxOverheadMs,
    },
    {
      metric: '(b) proposeAuditDates p50 as a raw Update ÷ a no-op Update',
      measured: `${fixed(command.overNoop, 1)}× (${fixed(command.raw.p50Ms)} vs ${fixed(command.noop.p50Ms)} ms)`,
      target: `≤ ${COMMAND.maxOverNoop}×`,
      pass: command.overNoop <= COMMAND.maxOverNoop,
    },
    {
      metric: `(c) statements/request, page ${STATEMENTS.sizes.join('/')}`,
      measured: perSize(plain),
      target: 'same at every size',
      pass: plain.constant,
    },
    {
      metric: `(c) same, + currentCycle and certificate`,
      measured: perSize(withCurrent),
      target: 'same at every size',
      pass: withCurrent.constant,
    },
    ...[...reads, ...learningReads].map((r): Verdict => ({ metric: `${r.label} p95`, ...underTarget(r) })),
    {
      metric: `(f) ${starts.starts} cycle starts, per second (slowest 5 s)`,
      measured: `${fixed(starts.perSecond)} (${fixed(starts.slowestWindowPerSecond)})`,
      target: `≥ ${STARTS.minPerSecond}`,
      pass: starts.slowestWindowPerSecond >= STARTS.minPerSecond,
    },
    {
      metric: '(f) first workflow task schedule-to-start p95',
      measured: `${fixed(starts.scheduleToStart.p95Ms)} ms (max ${fixed(starts.scheduleToStart.maxMs)} ms)`,
      target: `< ${STARTS.maxScheduleToStartP95Ms} ms`,
      pass: starts.scheduleToStart.p95Ms < STARTS.maxScheduleToStartP95Ms,
    },
    { metric: 'api peak RSS (during measurements)', measured: `${fixed(mb(apiRss.peakKb))} MB (${fixed(mb(apiRss.windowPeakKb))} MB)`, target: '-', pass: null },
    { metric: 'worker peak RSS (during measurements)', measured: `${fixed(mb(workerRss.peakKb))} MB (${fixed(mb(workerRss.windowPeakKb))} MB)`, target: '-', pass: null },
  ];
  console.log(`\n${verdictTable(verdicts)}\n`);
  log(`RSS sampled every 200 ms (${apiRss.samples} api, ${workerRss.samples} worker samples); whole run ${fixed((performance.now() - started) / 1000)} s`);
}

/** One number per page size when the repeats agree, else every count. */
function perSize(result: StatementsBySize): string {
  return [...result.counts.values()].map((counts) => (counts.every((n) => n === counts[0]) ? String(counts[0]) : counts.join(','))).join(' / ');
}

function underTarget(r: ReadLatency): Pick<Verdict, 'measured' | 'target' | 'pass'> {
  return { measured: `${fixed(r.p95Ms)} ms (p50 ${fixed(r.p50Ms)})`, target: `≤ ${READS.maxP95Ms} ms`, pass: r.p95Ms <= READS.maxP95Ms };
}

/** BENCH_CYCLE_STARTS: how many cycles (f) starts; 5,000 unless set. */
function cycleStartsFromEnv(): number {
  const raw = process.env.BENCH_CYCLE_STARTS ?? '5000';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CYCLE_STARTS must be a positive whole number, not "${raw}"`);
  return n;
}

function assertAlive(...processes: AppProcess[]): void {
  for (const p of processes) if (p.crashed) throw new Error(p.crashed);
}

main()
  .then(async () => {
    await teardown();
    process.exit(0);
  })
  .catch(async (err) => {
    // After Ctrl-C the children are gone and requests fail; that is not the bench breaking.
    const signalCode = interruptedWith();
    if (signalCode === null) console.error(`[bench] failed: ${describe(err)}`);
    await teardown();
    process.exit(signalCode ?? 1);
  });
