import type { ChildProcess } from 'node:child_process';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { COMPLETE_PREPARATION, CURRENT_CYCLE, SAVE_ANSWER, START_CYCLE, SUBMIT_SELF_EVALUATION, mutationId, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { testEnv } from '../support/test-env';
import { kill, spawnWorker } from '../support/worker-process';

let stack: Stack;
let worker: ChildProcess | null = null;

function workerEnv() {
  const env = testEnv();
  return { DATABASE_URL: env.databaseUrl, TEMPORAL_ADDRESS: env.temporalAddress, TEMPORAL_TASK_QUEUE: stack.taskQueue, NODE_ENV: 'test' };
}

beforeAll(async () => {
  stack = await startStack({ worker: false });
});
afterAll(async () => {
  if (worker) await kill(worker);
  await stack?.stop();
});

it('a worker killed in the middle of a cycle loses nothing: after a restart the cycle goes on and the projection is correct', async () => {
  const org = await createOrganisation(stack.orm.em.fork());
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);

  worker = await spawnWorker(workerEnv());
  const cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
  const current = await officer.ok(CURRENT_CYCLE, { id: org.organisation.id });
  const normIds: string[] = current.organisation.currentCycle.frameworkVersion.categories.flatMap((c: { norms: { id: string }[] }) =>
    c.norms.map((n) => n.id),
  );
  for (const normId of normIds) await officer.ok(SAVE_ANSWER, { i: { cycleId, normId, score: 'MEETS' } });

  // The submit goes out while the worker is killed (SIGKILL: no shutdown, in-flight tasks are lost).
  const submitId = mutationId();
  const submitting = officer.request(SUBMIT_SELF_EVALUATION, { i: { cycleId, clientMutationId: submitId } });
  await new Promise((r) => setTimeout(r, 30));
  await kill(worker);
  worker = await spawnWorker(workerEnv());

  const result = await submitting;
  const phase = result.errors ? null : result.data!.submitSelfEvaluation.phase;
  // Whether the kill came before or after the update was applied, a retry with the same ID converges.
  const retried = await officer.ok(SUBMIT_SELF_EVALUATION, { i: { cycleId, clientMutationId: submitId } });
  expect(retried.submitSelfEvaluation.phase).toBe('SELF_EVALUATION_SUBMITTED');
  if (phase) expect(phase).toBe('SELF_EVALUATION_SUBMITTED');

  // The workflow and its projection agree, and the audit trail holds each transition exactly once.
  const state = await stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId)).query(cycleStateQuery);
  const conn = stack.orm.em.fork().getConnection();
  const [row] = await conn.execute(`select phase, seq, self_evaluation_locked_at from cycle where id = ?`, [cycleId]);
  expect(state).toMatchObject({ phase: 'SELF_EVALUATION_SUBMITTED', seq: 3 });
  expect(row).toMatchObject({ phase: state.phase, seq: state.seq });
  expect(row.self_evaluation_locked_at).not.toBeNull();
  const trail = await conn.execute(`select seq, to_phase from cycle_transition where cycle_id = ? order by seq`, [cycleId]);
  expect(trail).toEqual([
    { seq: 1, to_phase: 'PREPARATION' },
    { seq: 2, to_phase: 'SELF_EVALUATION' },
    { seq: 3, to_phase: 'SELF_EVALUATION_SUBMITTED' },
  ]);
  const answers = await conn.execute(`select count(*)::int as n from self_evaluation_answer where cycle_id = ? and score = 'MEETS'`, [cycleId]);
  expect(answers[0].n).toBe(normIds.length);
});
