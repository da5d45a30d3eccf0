import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { openOrm } from '../../server/src/db/database';
import { atMost } from '../support/at-most';
import { answerAllAndSubmit, command, longRules, passInternalAudit } from '../support/cycle-driver';
import { uploadEvidence } from '../support/evidence-http';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession, type GqlResult } from '../support/gql';
import { mutationId } from '../support/operations';
import { createCertifyingInstitution, createFramework } from '../support/scheme-fixtures';
import type { TestCluster } from './test-cluster';

/**
 * The soak-and-fault run: many cycles driven through GraphQL across both apis to different phases while
 * workers are killed with SIGKILL and restarted, an api is killed in the middle of the traffic and restarted,
 * and the Temporal server is restarted once. Like a real client, a driver retries what failed for reasons of
 * the server (a dropped connection, a 5xx, `INTERNAL_SERVER_ERROR`, `RATE_LIMITED`, `UNAVAILABLE`) with the same
 * clientMutationId; afterwards the figures are read from PostgreSQL and Temporal.
 */

/** Where each cycle is driven, in turn: the target phase and step after its last command. */
const TARGETS = [
  { phase: 'PREPARATION', commands: ['startCycle'] },
  { phase: 'SELF_EVALUATION', commands: ['startCycle', 'completePreparation'] },
  { phase: 'INTERNAL_AUDIT', commands: ['startCycle', 'completePreparation', 'submitSelfEvaluation'] },
  { phase: 'EXTERNAL_AUDIT', commands: ['startCycle', 'completePreparation', 'submitSelfEvaluation', 'completeInternalAudit', 'engageCertifyingInstitution'] },
] as const;
const TRANSIENT = new Set(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'UNAVAILABLE']);

export interface SoakOptions {
  cycles: number;
  /** Cycles driven at the same time. */
  parallel: number;
  workerKillEveryMs: number;
  log: (line: string) => void;
}

export interface SoakFigures {
  cycles: number;
  inExpectedPhase: number;
  workflowsAgreeing: number;
  duplicateTransitions: number;
  missingTransitions: number;
  duplicateNotifications: number;
  duplicateAnswers: number;
  evidenceRows: number;
  evidenceWithoutBytes: number;
  retriedRequests: number;
  workerKills: number;
  apiKills: number;
  temporalRestarts: number;
  seconds: number;
}

/** GraphQL as a patient client speaks it: what failed on the server's side is sent again, unchanged. */
class RetryingSession extends GqlSession {
  static retries = 0;
  override async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const deadline = Date.now() + 5 * 60_000;
    for (;;) {
      let answer: GqlResult<T> | null = null;
      try {
        answer = await super.request<T>(query, variables);
      } catch {
        // The connection dropped or the entry point answered 502 (not JSON): the server's side.
      }
      const code = answer?.errors?.[0]?.extensions?.code;
      if (answer && !(code && TRANSIENT.has(code)) && answer.status < 500) return answer;
      if (Date.now() > deadline) throw new Error(`Still failing after five minutes: ${JSON.stringify(answer?.errors ?? 'no answer')}`);
      RetryingSession.retries += 1;
      const wait = code === 'RATE_LIMITED' ? Number(answer!.errors![0].extensions.retryAfterSeconds ?? 1) * 1000 : 500;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function signIn(url: string, email: string): Promise<RetryingSession> {
  const session = new RetryingSession(url);
  await session.login(email, PASSWORD);
  return session;
}

async function retryingUpload(url: string, session: GqlSession, cycleId: string, name: string, bytes: Buffer): Promise<string> {
  for (;;) {
    try {
      const up = await uploadEvidence(url, { cookie: session.cookieHeader, fileName: name, content: () => [bytes], fields: { cycleId } });
      if (up.status === 200 || up.status === 201) return up.body.id as string;
    } catch {
      // As above: the server's side.
    }
    RetryingSession.retries += 1;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function driveOne(url: string, em: EntityManager, index: number, world: { versionId: string; normIds: string[]; ciId: string }): Promise<{ cycleId: string; target: (typeof TARGETS)[number] }> {
  const target = TARGETS[index % TARGETS.length];
  const org = await createOrganisation(em.fork(), `Soak ${index}`);
  const officer = await signIn(url, org.officer);
  const start = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: world.versionId },
  });
  const cycleId: string = start.startCycle.id;
  const input = (extra: Record<string, unknown> = {}) => ({ i: { cycleId, clientMutationId: mutationId(), ...extra } });
  const steps: Record<string, () => Promise<unknown>> = {
    completePreparation: async () => {
      await officer.ok(command('completePreparation', 'CompletePreparationInput'), input());
      await retryingUpload(url, officer, cycleId, `bewijs-${index}.txt`, Buffer.from(`Bewijs van organisatie ${index}\n`));
    },
    submitSelfEvaluation: () => answerAllAndSubmit(officer, cycleId, world.normIds),
    completeInternalAudit: () => passInternalAudit(officer, em.fork(), org, cycleId, world.normIds[0]),
    engageCertifyingInstitution: () => officer.ok(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), input({ certifyingInstitutionId: world.ciId })),
  };
  for (const name of target.commands.slice(1)) await steps[name]();
  return { cycleId, target };
}

/** One connection for all the figures: the cluster's pools already take most of what PostgreSQL allows. */
async function withClient<T>(databaseUrl: string, work: (scalar: (sql: string, params?: unknown[]) => Promise<number>) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(async (sql, params = []) => Number((await client.query(sql, params)).rows[0].n));
  } finally {
    await client.end();
  }
}

export async function runFaultSoak(tc: TestCluster, opts: SoakOptions): Promise<SoakFigures> {
  const started = Date.now();
  RetryingSession.retries = 0;
  const orm = await openOrm(tc.databaseUrl);
  const em = orm.em.fork();
  const { version, normIds } = await createFramework(em, longRules());
  const ci = await createCertifyingInstitution(em);
  const world = { versionId: version.id, normIds, ciId: ci.ci.id };
  const cluster = tc.current();

  // Faults, by the drivers' progress (so even a short run meets each) and, for workers, also by the clock.
  let done = 0;
  let workerKills = 0;
  let apiKills = 0;
  let temporalRestarts = 0;
  let faulting = Promise.resolve();
  // Named when it happens, not when it is queued: a slow restart holds up the kills due meanwhile.
  const fault = (what: () => string, act: () => Promise<void>) => {
    faulting = faulting.then(async () => {
      opts.log(`fault: ${what()}`);
      await act();
    });
  };
  const killWorker = () => fault(() => `SIGKILL worker ${(workerKills % cluster.workers.length) + 1}`, async () => {
    await cluster.killAndRestart('worker', workerKills % cluster.workers.length);
    workerKills += 1;
  });
  const ticker = setInterval(killWorker, opts.workerKillEveryMs);
  const milestones = new Map<number, () => void>([
    [Math.max(1, Math.floor(opts.cycles * 0.1)), killWorker],
    [Math.max(2, Math.floor(opts.cycles * 0.3)), () => fault(() => 'SIGKILL api 1 amid the traffic', async () => {
      await cluster.killAndRestart('api', 0);
      apiKills += 1;
    })],
    [Math.max(3, Math.floor(opts.cycles * 0.55)), () => fault(() => 'restart the Temporal server', async () => {
      await cluster.restartTemporal();
      temporalRestarts += 1;
    })],
  ]);

  const driven: { cycleId: string; target: (typeof TARGETS)[number] }[] = [];
  try {
    await atMost(opts.parallel, Array.from({ length: opts.cycles }, (_, i) => i), async (i) => {
      driven.push(await driveOne(cluster.url, em, i, world));
      done += 1;
      milestones.get(done)?.();
      if (done % 50 === 0) opts.log(`${done}/${opts.cycles} cycles driven`);
    });
  } finally {
    clearInterval(ticker);
    await faulting;
  }

  // The figures, from PostgreSQL and from Temporal.
  await orm.close();
  const figures = await withClient(tc.databaseUrl, async (scalar) => {
    const ids = driven.map((d) => d.cycleId);
    let inExpectedPhase = 0;
    let workflowsAgreeing = 0;
    for (const { cycleId, target } of driven) {
      const phase = await scalar(`select (phase = $2)::int as n from cycle where id = $1`, [cycleId, target.phase]);
      inExpectedPhase += phase;
      const { status, state } = await tc.workflow(cycleId);
      if (status === 1 && state.phase === target.phase) workflowsAgreeing += 1;
    }
    const drivenCommands = [...new Set(TARGETS.flatMap((t) => t.commands as readonly string[]))];
    const expectedTransitions = driven.reduce((sum, d) => sum + d.target.commands.length, 0);
    const transitions = await scalar(`select count(*) as n from (select distinct cycle_id, command from cycle_transition where cycle_id = any($1) and command = any($2)) t`, [ids, drivenCommands]);
    const result: SoakFigures = {
      cycles: driven.length,
      inExpectedPhase,
      workflowsAgreeing,
      duplicateTransitions: await scalar(`select count(*) as n from (select 1 from cycle_transition where cycle_id = any($1) and command = any($2) group by cycle_id, command having count(*) > 1) t`, [ids, drivenCommands]),
      missingTransitions: expectedTransitions - transitions,
      duplicateNotifications: await scalar(`select count(*) as n from (select 1 from notification where cycle_id = any($1) group by user_id, cycle_id, kind, body having count(*) > 1) t`, [ids]),
      duplicateAnswers: await scalar(`select count(*) as n from (select 1 from self_evaluation_answer where cycle_id = any($1) group by cycle_id, norm_id having count(*) > 1) t`, [ids]),
      evidenceRows: await scalar(`select count(*) as n from evidence where uploaded_for_cycle_id = any($1)`, [ids]),
      evidenceWithoutBytes: await evidenceWithoutBytes(tc, ids),
      retriedRequests: RetryingSession.retries,
      workerKills,
      apiKills,
      temporalRestarts,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    return result;
  });
  return figures;
}

/** Evidence rows whose bytes cannot be read back, or read back different: downloaded as their uploader. */
async function evidenceWithoutBytes(tc: TestCluster, cycleIds: string[]): Promise<number> {
  const client = new Client({ connectionString: tc.databaseUrl });
  await client.connect();
  let missing = 0;
  try {
    const { rows } = await client.query(
      `select e.id, e.sha256, u.email from evidence e join app_user u on u.id = e.uploaded_by_id where e.uploaded_for_cycle_id = any($1)`,
      [cycleIds],
    );
    for (const row of rows as { id: string; sha256: string; email: string }[]) {
      const session = await signIn(tc.current().url, row.email);
      const res = await fetch(`${tc.current().url}/evidence/${row.id}`, { headers: { cookie: session.cookieHeader } });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200 || createHash('sha256').update(body).digest('hex') !== row.sha256) missing += 1;
    }
  } finally {
    await client.end();
  }
  return missing;
}

export function formatFigures(f: SoakFigures): string {
  const rows: [string, string][] = [
    ['cycles driven', `${f.cycles} in ${f.seconds} s`],
    ['in their expected phase (PostgreSQL)', `${f.inExpectedPhase} / ${f.cycles} (${((100 * f.inExpectedPhase) / f.cycles).toFixed(1)} %)`],
    ['workflows running in that phase', `${f.workflowsAgreeing} / ${f.cycles}`],
    ['duplicate transitions', `${f.duplicateTransitions}`],
    ['missing transitions', `${f.missingTransitions}`],
    ['duplicate notifications', `${f.duplicateNotifications}`],
    ['duplicate self-evaluation answers', `${f.duplicateAnswers}`],
    ['evidence rows without their bytes', `${f.evidenceWithoutBytes} of ${f.evidenceRows}`],
    ['requests retried by the clients', `${f.retriedRequests}`],
    ['faults', `${f.workerKills} worker SIGKILLs, ${f.apiKills} api SIGKILL, ${f.temporalRestarts} Temporal restart`],
  ];
  return rows.map(([label, value]) => `${label.padEnd(38)}${value}`).join('\n');
}
