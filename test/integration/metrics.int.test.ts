import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pdfContent, uploadEvidence } from '../support/evidence-http';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { announced, kill, spawnEntry, stackProcessEnv, type EntryProcess } from '../support/worker-process';

// The api and the worker run as their own processes, as deployed: each serves /metrics on its own port.
const TOKEN = 'metrics-token-for-the-test';
let stack: Stack;
let api: EntryProcess;
let worker: EntryProcess;
let evidenceDir: string;
const at: { api: string; apiMetrics: string; workerMetrics: string } = { api: '', apiMetrics: '', workerMetrics: '' };

beforeAll(async () => {
  stack = await startStack({ worker: false });
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-metrics-'));
  const common = stackProcessEnv(stack.taskQueue, evidenceDir, { METRICS_TOKEN: TOKEN, METRICS_PORT: '0', WORKER_METRICS_PORT: '0' });
  [api, worker] = await Promise.all([spawnEntry('api', { ...common, PORT: '0' }), spawnEntry('worker', common)]);
  at.api = announced(api, 'listening on');
  at.apiMetrics = announced(api, 'metrics on');
  at.workerMetrics = announced(worker, 'metrics on');
});
afterAll(async () => {
  await Promise.all([api && kill(api.child, 'SIGTERM'), worker && kill(worker.child, 'SIGTERM')]);
  await stack?.stop();
  rmSync(evidenceDir, { recursive: true, force: true });
});

async function scrape(url: string): Promise<string> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** A sample's value: the line naming the metric with all these labels (0 when there is none yet). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `)) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

const gql = (body: object, cookie?: string) =>
  fetch(`${at.api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

it('metrics are not on the public port, and a scrape without the token is refused', async () => {
  const publicAnswer = await fetch(`${at.api}/metrics`);
  expect(await publicAnswer.text()).not.toContain('labelcycle_http_request_duration_seconds');
  expect(new URL(at.apiMetrics).port).not.toBe(new URL(at.api).port);
  for (const url of [at.apiMetrics, at.workerMetrics]) {
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status).toBe(401);
  }
});

it('a request moves the request and operation histograms, a refusal its code, an upload the bytes received', async () => {
  const before = await scrape(at.apiMetrics);
  await gql({ query: 'query Probe { __typename }' });
  const refused = await gql({ query: 'mutation Refused($i: CompletePreparationInput!) { completePreparation(input: $i) { id } }', variables: { i: { cycleId: '00000000-0000-4000-8000-000000000000', clientMutationId: 'm-1' } } });
  expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');

  const org = await createOrganisation(stack.orm.em.fork());
  const officer = new GqlSession(at.api);
  await officer.login(org.officer, PASSWORD);
  const upload = await uploadEvidence(at.api, { cookie: officer.sessionCookie, fileName: 'plan.pdf', content: () => pdfContent(20_000, 'metrics') });
  expect(upload.status).toBe(201);

  const after = await scrape(at.apiMetrics);
  const probe = { operation: 'Probe', type: 'query' };
  expect(sample(after, 'labelcycle_graphql_operation_duration_seconds_count', probe)).toBe(sample(before, 'labelcycle_graphql_operation_duration_seconds_count', probe) + 1);
  const code = { code: 'UNAUTHENTICATED', operation: 'Refused' };
  expect(sample(after, 'labelcycle_graphql_refusals_total', code)).toBe(sample(before, 'labelcycle_graphql_refusals_total', code) + 1);
  const route = { method: 'POST', route: '/graphql', status: '200' };
  expect(sample(after, 'labelcycle_http_request_duration_seconds_count', route)).toBeGreaterThanOrEqual(sample(before, 'labelcycle_http_request_duration_seconds_count', route) + 3);
  expect(sample(after, 'labelcycle_evidence_received_bytes_total') - sample(before, 'labelcycle_evidence_received_bytes_total')).toBe(upload.body.size);
  expect(upload.body.size).toBeGreaterThanOrEqual(20_000);
  expect(sample(after, 'labelcycle_db_pool_connections', { state: 'max' })).toBeGreaterThan(0);
  expect(after).toContain('labelcycle_db_pool_connections{state="used"}');
  expect(after).toContain('process_cpu_seconds_total');
});

it('the worker passes on the Temporal SDK’s own metrics: workflow task latency and schedule-to-start, activity latency', async () => {
  const org = await createOrganisation(stack.orm.em.fork());
  const officer = new GqlSession(at.api);
  await officer.login(org.officer, PASSWORD);
  await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) });

  const text = await scrape(at.workerMetrics);
  expect(text).toContain('process_cpu_seconds_total');
  for (const name of [
    'temporal_workflow_task_execution_latency_seconds_count',
    'temporal_workflow_task_schedule_to_start_latency_seconds_count',
    // The cycle's activities run as local activities (workflows/src/cycle-run.ts), inside the workflow task.
    'temporal_local_activity_execution_latency_seconds_count',
  ]) {
    expect({ name, positive: sample(text, name) > 0 }).toEqual({ name, positive: true });
  }
});
