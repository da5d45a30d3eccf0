import { createProjectionActivity } from '../../server/src/modules/cycle/cycle-projection.activity';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const report = { kind: 'DRAFT' as const, advice: null, summary: 'S', strengths: 'Sterk', improvementPoints: '' };

it('writes a transition and its content in one transaction, exactly once per (cycle, seq)', async () => {
  const org = await createOrganisation(stack.orm.em.fork(), 'Projectie');
  const officer = new GqlSession(stack.url);
  await officer.login(org.officer, PASSWORD);
  // The workflow recorded the start (seq 1); from there this test plays the workflow's part.
  const cycleId = (await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  const { projectTransition } = createProjectionActivity(stack.orm);
  const base = { cycleId, fromPhase: 'EXTERNAL_AUDIT' as const, toPhase: 'EXTERNAL_AUDIT' as const, command: 'issueDraftReport', actorId: null, at: new Date().toISOString(), summary: 'x' };
  const conn = () => stack.orm.em.fork();
  const rows = async () => ({
    transitions: (await conn().execute(`select seq from cycle_transition where cycle_id = ? order by seq`, [cycleId])).map((r) => r.seq),
    reports: (await conn().execute(`select count(*)::int as n from audit_report where cycle_id = ?`, [cycleId]))[0].n,
    cycle: (await conn().execute(`select seq, step from cycle where id = ?`, [cycleId]))[0],
  });

  await projectTransition({ ...base, seq: 5, effects: { report, cycle: { step: 'AWAITING_REPLY' } } });
  // A retry of the same transition changes nothing.
  await projectTransition({ ...base, seq: 5, effects: { report, cycle: { step: 'AWAITING_REPLY' } } });
  expect(await rows()).toEqual({ transitions: [1, 5], reports: 1, cycle: { seq: 5, step: 'AWAITING_REPLY' } });

  // A transition whose content cannot be written (a second draft report) leaves no trace at all.
  await expect(projectTransition({ ...base, seq: 6, effects: { report, cycle: { step: 'AUDITING' } } })).rejects.toThrow();
  expect(await rows()).toEqual({ transitions: [1, 5], reports: 1, cycle: { seq: 5, step: 'AWAITING_REPLY' } });

  // An older transition arriving late does not roll the projection back.
  await projectTransition({ ...base, seq: 3, effects: { cycle: { step: 'SCHEDULING' } } });
  expect((await rows()).cycle).toEqual({ seq: 5, step: 'AWAITING_REPLY' });
});
