import { formatFigures, runFaultSoak } from './fault-soak';
import { testCluster, type TestCluster } from './test-cluster';

/**
 * Faults survived, on the production topology. `npm test` runs a short soak (FAULT_CYCLES, default 16 cycles,
 * a worker killed every 5 s); `npm run test:faults` runs the full one (500 cycles, a worker killed every 20 s).
 * Both kill an api amid the traffic and restart the Temporal server once, and print their figures.
 */
const CYCLES = Number(process.env.FAULT_CYCLES ?? 16);
const WORKER_KILL_SECONDS = Number(process.env.FAULT_WORKER_KILL_SECONDS ?? 5);
const PARALLEL = Number(process.env.FAULT_PARALLEL ?? 8);
// The full soak on a busy machine may need more than the hour it gets by default.
const TIMEOUT_MINUTES = Number(process.env.FAULT_TIMEOUT_MINUTES ?? 60);

let tc: TestCluster;
beforeAll(async () => {
  // Many drivers sign in from one address within seconds, as no real office does.
  tc = await testCluster('faults', { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000', LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' });
  await tc.start();
}, 15 * 60_000);
afterAll(() => tc?.dispose(), 120_000);

it(`drives ${CYCLES} cycles through worker kills, an api kill and a Temporal restart, and loses or doubles nothing`, async () => {
  const figures = await runFaultSoak(tc, {
    cycles: CYCLES,
    parallel: PARALLEL,
    workerKillEveryMs: WORKER_KILL_SECONDS * 1000,
    log: (line) => process.stdout.write(`[faults] ${line}\n`),
  });
  process.stdout.write(`\n[faults] figures\n${formatFigures(figures)}\n\n`);

  expect(figures.cycles).toBe(CYCLES);
  expect(figures.inExpectedPhase).toBe(CYCLES);
  expect(figures.workflowsAgreeing).toBe(CYCLES);
  expect(figures.duplicateTransitions).toBe(0);
  expect(figures.missingTransitions).toBe(0);
  expect(figures.duplicateNotifications).toBe(0);
  expect(figures.duplicateAnswers).toBe(0);
  expect(figures.evidenceRows).toBe(CYCLES - Math.ceil(CYCLES / 4)); // every cycle past preparation uploaded one
  expect(figures.evidenceWithoutBytes).toBe(0);
  // The faults happened: otherwise the figures above prove nothing.
  expect(figures.workerKills).toBeGreaterThanOrEqual(1);
  expect(figures.apiKills).toBe(1);
  expect(figures.temporalRestarts).toBe(1);
  // Only the faults account for the crashes seen: every other exit would be listed here.
  expect(tc.crashes).toEqual([]);
}, TIMEOUT_MINUTES * 60_000);
