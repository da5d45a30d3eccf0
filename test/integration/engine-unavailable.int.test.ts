import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { componentLogger } from '../../server/src/common/logger';
import { freePort, startTemporalDevServer, type DevServer } from '../../server/src/launcher/temporal-dev-server';
import { ENGINE_RETRY_AFTER_SECONDS } from '../../server/src/temporal/engine-unavailable';
import { command, driveCycle } from '../support/cycle-driver';
import { startInProcessWorker, type InProcessWorker } from '../support/in-process-worker';
import { inDays } from '../support/dates';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { testEnv } from '../support/test-env';

/**
 * The Temporal server goes away under a running api, for real: a dev server of this file's own, stopped
 * while a cycle waits for its next command, and started again on the same port with the same store.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-engine-'));
const dbFile = path.join(dir, 'temporal.db');
let port: number;
let server: DevServer | null = null;
let stack: Stack;
let worker: InProcessWorker | null = null;

const startServer = async () => {
  server = await startTemporalDevServer({ cliPath: testEnv().temporalCliPath, port, uiPort: null, dbFile });
};

async function startWorker() {
  worker = await startInProcessWorker(stack.orm, server!.address, stack.taskQueue);
}

async function stopWorker() {
  await worker?.stop();
  worker = null;
}

/** What PostgreSQL holds of the cycle and of the request: the projection, its audit trail and the receipt. */
async function stored(cycleId: string, clientMutationId: string) {
  const db = stack.orm.em.fork().getConnection();
  const [cycle] = await db.execute(`select phase, step, seq from cycle where id = ?`, [cycleId]);
  const [{ transitions }] = await db.execute(`select count(*)::int as transitions from cycle_transition where cycle_id = ?`, [cycleId]);
  const [{ receipts }] = await db.execute(`select count(*)::int as receipts from mutation_receipt where client_mutation_id = ?`, [clientMutationId]);
  return { cycle, transitions, receipts };
}

beforeAll(async () => {
  port = await freePort();
  await startServer();
  stack = await startStack({ worker: false, temporalAddress: server!.address });
  await startWorker();
});

afterAll(async () => {
  await stopWorker();
  await stack?.stop();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('answers a command UNAVAILABLE with a wait while Temporal is away, changes nothing, and the same clientMutationId succeeds once it is back', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'PREPARATION', { label: 'Motor weg' });
  const completePreparation = command('completePreparation', 'CompletePreparationInput');
  const input = { i: { cycleId: cycle.cycleId, clientMutationId: mutationId() } };
  const before = await stored(cycle.cycleId, input.i.clientMutationId);
  expect(before).toMatchObject({ cycle: { phase: 'PREPARATION' }, receipts: 0 });

  await stopWorker();
  await server!.stop();
  server = null;

  const warn = jest.spyOn(componentLogger('api'), 'warn');
  const error = jest.spyOn(componentLogger('api'), 'error');
  try {
    const refused = await cycle.officer.request(completePreparation, input);
    expect(refused.data).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: ENGINE_RETRY_AFTER_SECONDS });
    expect(refused.errors![0].message).toMatch(/busy or restarting.*same clientMutationId/);
    // A refusal with its cause at warn, not an unexpected error.
    expect(warn.mock.calls.some(([fields]) => (fields as { err?: unknown }).err instanceof Error)).toBe(true);
    expect(error.mock.calls.filter(([, message]) => message === 'unexpected error')).toEqual([]);
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
  // The receipt's transaction rolled back with the refusal: the ID is free for the retry.
  expect(await stored(cycle.cycleId, input.i.clientMutationId)).toEqual(before);

  await startServer();
  await startWorker();
  const applied = await cycle.officer.ok(completePreparation, input);
  expect(applied.completePreparation).toMatchObject({ id: cycle.cycleId, phase: 'SELF_EVALUATION' });
  // Once more with the same ID: the same answer, and the command was applied once.
  const again = await cycle.officer.ok(completePreparation, input);
  expect(again).toEqual(applied);
  const after = await stored(cycle.cycleId, input.i.clientMutationId);
  expect(after.receipts).toBe(1);
  expect(after.cycle).toMatchObject({ phase: 'SELF_EVALUATION', seq: before.cycle.seq + 1 });
  expect(after.transitions).toBe(before.transitions + 1);
}, 240_000);

it('answers inviting respondents UNAVAILABLE while Temporal is away and keeps no invitation; the same request succeeds once it is back', async () => {
  const cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'SELF_EVALUATION', { label: 'Motor weg bij uitnodigen' });
  const invite = `mutation($i: InviteRespondentsInput!) { inviteRespondents(input: $i) { id } }`;
  const input = { i: { cycleId: cycle.cycleId, clientMutationId: mutationId(), invitees: [{ userId: cycle.internalAuditorId, layer: 'PROFESSIONAL' }], dueDate: inDays(0) } };
  const db = stack.orm.em.fork().getConnection();
  const kept = async () => {
    const [row] = await db.execute(
      `select (select count(*)::int from respondent_invitation where cycle_id = ?) as invitations,
              (select count(*)::int from notification where cycle_id = ? and user_id = ?) as notices,
              (select count(*)::int from mutation_receipt where client_mutation_id = ?) as receipts`,
      [cycle.cycleId, cycle.cycleId, cycle.internalAuditorId, input.i.clientMutationId],
    );
    return row;
  };
  const before = await kept();
  expect(before).toMatchObject({ invitations: 0, receipts: 0 });

  await stopWorker();
  await server!.stop();
  server = null;
  const refused = await cycle.officer.request(invite, input);
  expect(refused.data).toBeNull();
  expect(refused.errors![0].extensions).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: ENGINE_RETRY_AFTER_SECONDS });
  expect(refused.errors![0].message).toMatch(/nothing was saved/);
  expect(await kept()).toEqual(before);

  await startServer();
  await startWorker();
  expect((await cycle.officer.ok(invite, input)).inviteRespondents).toHaveLength(1);
  expect(await kept()).toMatchObject({ invitations: 1, receipts: 1 });
}, 240_000);
