import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { User } from '../../server/src/modules/user/user.entity';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { COMPLETE_PREPARATION, START_CYCLE, mutationId, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { announced, kill, spawnEntry, stackProcessEnv, type EntryProcess } from '../support/worker-process';

// The api runs as its own process, as deployed, so the test reads what it really writes to standard output.
let stack: Stack;
let api: EntryProcess;
let url: string;
let evidenceDir: string;

let worker: EntryProcess;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  evidenceDir = mkdtempSync(path.join(tmpdir(), 'lc-request-logs-'));
  // The worker at debug: the SDK then logs each activity it runs, from within the activity.
  [api, worker] = await Promise.all([
    spawnEntry('api', stackProcessEnv(stack.taskQueue, evidenceDir, { PORT: '0' })),
    spawnEntry('worker', stackProcessEnv(stack.taskQueue, evidenceDir, { LOG_LEVEL: 'debug' })),
  ]);
  url = announced(api, 'listening on');
});
afterAll(async () => {
  await Promise.all([api && kill(api.child, 'SIGTERM'), worker && kill(worker.child, 'SIGTERM')]);
  await stack?.stop();
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** A process's JSON lines so far (it writes nothing else in the test environment). */
function lines(from: EntryProcess = api): Record<string, unknown>[] {
  return from
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Waits for the line the api writes when a request's answer is out (just after the client has it). */
async function requestLine(requestId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 50; i++) {
    const line = lines().find((l) => l.requestId === requestId && l.msg === 'request');
    if (line) return line;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no request line for ${requestId}:\n${api.output()}`);
}

it('a request’s lines carry its request ID, user, cycle and workflow, and no password or e-mail address', async () => {
  const org = await createOrganisation(stack.orm.em.fork());
  const user = await stack.orm.em.fork().findOneOrFail(User, { email: org.officer });

  const signIn = new GqlSession(url, { 'x-request-id': 'login-1' });
  await signIn.login(org.officer, PASSWORD);
  const cycleId = (await signIn.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id as string;

  const requestId = `req-${mutationId()}`;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: signIn.sessionCookie!, 'x-request-id': requestId },
    body: JSON.stringify({ query: COMPLETE_PREPARATION, variables: { i: { cycleId, clientMutationId: mutationId() } } }),
  });
  expect(res.headers.get('x-request-id')).toBe(requestId);
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

  expect(await requestLine(requestId)).toEqual(
    expect.objectContaining({
      component: 'api',
      requestId,
      userId: user.id,
      cycleId,
      workflowId: cycleWorkflowId(cycleId),
      method: 'POST',
      path: '/graphql',
      status: 200,
    }),
  );

  // The login line names the user once known, never the address or password it was sent with.
  const login = await requestLine('login-1');
  expect(login.path).toBe('/graphql');
  const written = api.output();
  expect(written).not.toContain(PASSWORD);
  expect(written).not.toContain(org.officer);
  expect(written).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  expect(written).not.toContain(signIn.sessionCookie!.split('=')[1]);

  // In the worker, what is logged while one of the cycle's activities runs names its cycle and workflow.
  const activityLine = lines(worker).find((l) => l.cycleId === cycleId && typeof l.activityType === 'string');
  expect(activityLine).toEqual(expect.objectContaining({ workflowId: cycleWorkflowId(cycleId) }));
  expect(worker.output()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
});

it('a request without an ID, or with one that could forge a line, gets a fresh one and answers it', async () => {
  const bare = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  const fresh = bare.headers.get('x-request-id')!;
  expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
  expect((await requestLine(fresh)).status).toBe(200);

  const forged = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'x"}\u0009{"level":60' },
    body: '{"query":"query Probe { __typename }"}',
  });
  const replaced = forged.headers.get('x-request-id')!;
  expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  expect(await requestLine(replaced)).toEqual(expect.objectContaining({ status: 200, operationName: 'Probe' }));
});
