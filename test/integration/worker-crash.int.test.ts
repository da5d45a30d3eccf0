import type { ChildProcess } from 'node:child_process';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { today } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { COMPLETE_PREPARATION, CURRENT_CYCLE, SAVE_ANSWER, START_CYCLE, SUBMIT_SELF_EVALUATION, mutationId, startInput } from '../support/operations';
import { command, driveToEngagement } from '../support/cycle-driver';
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
  for (const normId of normIds) await officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });

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
  expect(retried.submitSelfEvaluation.phase).toBe('INTERNAL_AUDIT');
  if (phase) expect(phase).toBe('INTERNAL_AUDIT');

  // The workflow and its projection agree, and the audit trail holds each transition exactly once.
  const state = await stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId)).query(cycleStateQuery);
  const conn = stack.orm.em.fork().getConnection();
  const [row] = await conn.execute(`select phase, seq, self_evaluation_locked_at from cycle where id = ?`, [cycleId]);
  expect(state).toMatchObject({ phase: 'INTERNAL_AUDIT', seq: 3 });
  expect(row).toMatchObject({ phase: state.phase, seq: state.seq });
  expect(row.self_evaluation_locked_at).not.toBeNull();
  const trail = await conn.execute(`select seq, to_phase from cycle_transition where cycle_id = ? order by seq`, [cycleId]);
  expect(trail).toEqual([
    { seq: 1, to_phase: 'PREPARATION' },
    { seq: 2, to_phase: 'SELF_EVALUATION' },
    { seq: 3, to_phase: 'INTERNAL_AUDIT' },
  ]);
  const answers = await conn.execute(`select count(*)::int as n from self_evaluation_answer where cycle_id = ? and score = 'MEETS'`, [cycleId]);
  expect(answers[0].n).toBe(normIds.length);
});

it('a worker killed during the external audit: after a restart the cycle completes the audit and the projection matches', async () => {
  if (!worker || worker.exitCode !== null || worker.signalCode !== null) worker = await spawnWorker(workerEnv());
  const c = await driveToEngagement(stack.url, stack.orm.em.fork());

  // Accepting the engagement goes out while the worker dies.
  const acceptId = mutationId();
  const accept = { leadAuditorId: c.ci.lead.id, coAuditorId: c.ci.co.id };
  const accepting = c.manager.request(command('acceptEngagement', 'AcceptEngagementInput'), { i: { cycleId: c.cycleId, clientMutationId: acceptId, ...accept } });
  await new Promise((r) => setTimeout(r, 20));
  await kill(worker!);
  worker = await spawnWorker(workerEnv());
  await accepting;
  const accepted = await c.manager.ok(command('acceptEngagement', 'AcceptEngagementInput'), { i: { cycleId: c.cycleId, clientMutationId: acceptId, ...accept } });
  expect(accepted.acceptEngagement).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' });

  // The audit is today, so the draft report may follow at once.
  const auditDate = today();
  await c.lead.ok(command('proposeAuditDates', 'ProposeAuditDatesInput'), c.input({ dates: [auditDate] }));
  await c.officer.ok(command('confirmAuditDate', 'ConfirmAuditDateInput'), c.input({ date: auditDate }));
  for (const normId of c.normIds) {
    await c.lead.ok(`mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), cycleId: c.cycleId, normId, score: 'MEETS', strengths: 'Goed', improvementPoints: '' },
    });
  }
  // And again during the draft report, which writes content with its transition.
  const draftId = mutationId();
  const draft = { summary: 'S', strengths: 'Sterk', improvementPoints: '' };
  const drafting = c.lead.request(command('issueDraftReport', 'IssueDraftReportInput'), { i: { cycleId: c.cycleId, clientMutationId: draftId, ...draft } });
  await new Promise((r) => setTimeout(r, 20));
  await kill(worker!);
  worker = await spawnWorker(workerEnv());
  await drafting;
  const issued = await c.lead.ok(command('issueDraftReport', 'IssueDraftReportInput'), { i: { cycleId: c.cycleId, clientMutationId: draftId, ...draft } });
  expect(issued.issueDraftReport.step).toBe('AWAITING_REPLY');

  const state = await stack.temporal.workflow.getHandle(cycleWorkflowId(c.cycleId)).query(cycleStateQuery);
  const conn = stack.orm.em.fork().getConnection();
  const [row] = await conn.execute(`select phase, step, seq, lead_auditor_id from cycle where id = ?`, [c.cycleId]);
  expect(row).toMatchObject({ phase: state.phase, step: state.step, seq: state.seq, lead_auditor_id: c.ci.lead.id });
  const reports = await conn.execute(`select kind from audit_report where cycle_id = ?`, [c.cycleId]);
  expect(reports).toEqual([{ kind: 'DRAFT' }]);
  const trail = await conn.execute<{ seq: number }[]>(`select seq from cycle_transition where cycle_id = ? order by seq`, [c.cycleId]);
  expect(trail.map((t) => t.seq)).toEqual(Array.from({ length: state.seq }, (_, i) => i + 1));
});
