import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import {
  COMPLETE_PREPARATION,
  CURRENT_CYCLE,
  CYCLE_EVENTS,
  SAVE_ANSWER,
  START_CYCLE,
  SUBMIT_SELF_EVALUATION,
  mutationId,
  startInput,
} from '../support/operations';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let org: OrgFixture;
let officer: GqlSession;

beforeAll(async () => {
  stack = await startStack();
  org = await createOrganisation(stack.orm.em.fork());
  officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
});
afterAll(() => stack?.stop());

describe('the first slice of the cycle, through GraphQL, a real workflow and PostgreSQL', () => {
  let cycleId: string;
  let normIds: string[];

  it('starts a cycle once: starting again returns the same cycle and the same workflow', async () => {
    const input = startInput(stack.demo.framework.id);
    const first = await officer.ok(START_CYCLE, { i: input });
    const second = await officer.ok(START_CYCLE, { i: input });
    cycleId = first.startCycle.id;
    expect(second.startCycle.id).toBe(cycleId);
    expect(first.startCycle.phase).toBe('PREPARATION');

    const handle = stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId));
    const description = await handle.describe();
    expect(description.status.name).toBe('RUNNING');
    const runs: string[] = [];
    for await (const wf of stack.temporal.workflow.list({ query: `WorkflowId = '${cycleWorkflowId(cycleId)}'` })) {
      runs.push(wf.runId);
    }
    expect(runs).toHaveLength(1);
  });

  it('reads the current cycle from the organisation, with the timeline and progress', async () => {
    const data = await officer.ok(CURRENT_CYCLE, { id: org.organisation.id });
    const cycle = data.organisation.currentCycle;
    expect(cycle.id).toBe(cycleId);
    expect(cycle.timeline[0]).toEqual({ stage: 'PREPARATION', status: 'CURRENT' });
    expect(cycle.frameworkVersion.illustrative).toBe(true);
    normIds = cycle.frameworkVersion.categories.flatMap((c: { norms: { id: string }[] }) => c.norms.map((n) => n.id));
    expect(normIds.length).toBeGreaterThan(5);
    expect(cycle.progress).toEqual({ done: 0, total: normIds.length, percent: 0 });
  });

  it('refuses answers before the self-evaluation opens', async () => {
    const err = await officer.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], score: 'MEETS' } });
    expect(err.extensions.code).toBe('WRONG_PHASE');
  });

  it('moves to self-evaluation; repeating the same mutation ID applies it once', async () => {
    const id = mutationId();
    const a = await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: id } });
    const b = await officer.ok(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: id } });
    expect(a.completePreparation.phase).toBe('SELF_EVALUATION');
    expect(b.completePreparation.phase).toBe('SELF_EVALUATION');
    const events = (await officer.ok(CYCLE_EVENTS, { id: cycleId })).cycleEvents;
    expect(events.map((e: { toPhase: string }) => e.toPhase)).toEqual(['PREPARATION', 'SELF_EVALUATION']);

    const again = await officer.refused(COMPLETE_PREPARATION, { i: { cycleId, clientMutationId: mutationId() } });
    expect(again.extensions.code).toBe('WRONG_PHASE');
  });

  it('autosaves drafts field by field, from several respondents', async () => {
    const auditor = new GqlSession(stack.url);
    await auditor.login(org.internalAuditor, PASSWORD);
    await officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], score: 'PARTLY_MEETS', goesWell: 'Goed overleg' } });
    const saved = await auditor.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], toImprove: 'Vastleggen' } });
    expect(saved.saveSelfEvaluationAnswer).toMatchObject({ score: 'PARTLY_MEETS', goesWell: 'Goed overleg', toImprove: 'Vastleggen' });

    const viewer = new GqlSession(stack.url);
    await viewer.login(org.viewer, PASSWORD);
    const refused = await viewer.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[1], score: 'MEETS' } });
    expect(refused.extensions.code).toBe('NOT_ALLOWED');
  });

  it('refuses to submit while a norm is unscored, naming the norms, and changes nothing', async () => {
    const err = await officer.refused(SUBMIT_SELF_EVALUATION, { i: { cycleId, clientMutationId: mutationId() } });
    expect(err.extensions.code).toBe('INCOMPLETE');
    expect(err.message).toMatch(/unscored: [A-Z]+-\d/);
    expect(err.extensions.unscoredNormCodes).toHaveLength(normIds.length - 1);
    const data = await officer.ok(CURRENT_CYCLE, { id: org.organisation.id });
    expect(data.organisation.currentCycle.phase).toBe('SELF_EVALUATION');
    expect(data.organisation.currentCycle.selfEvaluationLockedAt).toBeNull();
    expect(data.organisation.currentCycle.progress.done).toBe(1);
  });

  it('submits once every norm is scored, projects the phase and locks the answers', async () => {
    for (const normId of normIds) await officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS' } });
    const submitted = await officer.ok(SUBMIT_SELF_EVALUATION, { i: { cycleId, clientMutationId: mutationId() } });
    expect(submitted.submitSelfEvaluation.phase).toBe('INTERNAL_AUDIT');
    expect(submitted.submitSelfEvaluation.selfEvaluationLockedAt).not.toBeNull();
    expect(submitted.submitSelfEvaluation.progress.percent).toBe(100);

    const locked = await officer.refused(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: normIds[0], score: 'DOES_NOT_MEET' } });
    expect(locked.extensions.code).toBe('LOCKED');

    const state = await stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId)).query(cycleStateQuery);
    const row = await stack.orm.em.fork().getConnection().execute(`select phase, seq from cycle where id = ?`, [cycleId]);
    expect(row[0]).toEqual({ phase: state.phase, seq: state.seq });

    const events = (await officer.ok(CYCLE_EVENTS, { id: cycleId })).cycleEvents;
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({ seq: 3, fromPhase: 'SELF_EVALUATION', toPhase: 'INTERNAL_AUDIT', command: 'submitSelfEvaluation' });
    expect(events[2].actorName).toContain('ORG_QUALITY_OFFICER');
  });
});
