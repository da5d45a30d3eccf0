import { driveCycle } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import { startStack, type Stack } from '../support/stack';

/**
 * Who acts next, as each party reads it through the api: its own turn is "you", another party's turn names
 * that party, and a certified organisation with open improvement actions is still asked to carry them out,
 * overdue ones counted.
 */

const NEXT = `query($id: ID!) { cycle(id: $id) { waitingOn nextStep { party actor task dueAt dueOn overdue openActions overdueActions } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

it('tells the party whose turn it is "you", and the others whose turn it is', async () => {
  const c = await driveCycle(stack.url, stack.orm.em.fork(), 'ENGAGEMENT_REQUESTED');
  const manager = await c.manager.ok(NEXT, { id: c.cycleId });
  expect(manager.cycle.nextStep).toMatchObject({ party: 'CERTIFYING_INSTITUTION', actor: 'YOU', task: 'ACCEPT_ENGAGEMENT' });
  const officer = await c.officer.ok(NEXT, { id: c.cycleId });
  expect(officer.cycle.nextStep).toMatchObject({ party: 'CERTIFYING_INSTITUTION', actor: 'OTHER_PARTY', task: 'ACCEPT_ENGAGEMENT' });
  expect(officer.cycle.waitingOn).toBe('CERTIFYING_INSTITUTION');
});

it('gives the running deadline with the step', async () => {
  const c = await driveCycle(stack.url, stack.orm.em.fork(), 'SELF_EVALUATION');
  const { cycle } = await c.officer.ok(NEXT, { id: c.cycleId });
  expect(cycle.nextStep).toMatchObject({ party: 'ORGANISATION', actor: 'YOU', task: 'SELF_EVALUATE', overdue: false });
  expect(new Date(cycle.nextStep.dueAt).getTime()).toBeGreaterThan(Date.now());
});

it('keeps a certified organisation with open actions at work, and counts the overdue ones', async () => {
  const c = await driveCycle(stack.url, stack.orm.em.fork(), 'VALID', { scores: ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET'] });
  const before = await c.officer.ok(NEXT, { id: c.cycleId });
  expect(before.cycle.nextStep).toMatchObject({ party: 'ORGANISATION', actor: 'YOU', task: 'TRACK_ACTIONS', openActions: 2, overdueActions: 0, overdue: false });
  expect(before.cycle.waitingOn).toBe('ORGANISATION');

  // Time passes for one action: its due date is now behind us (set in the database, as a calendar would).
  await stack.orm.em
    .fork()
    .getConnection()
    .execute(`update improvement_action set due_date = ? where id = ?`, [inDays(-3), c.improvementActionId]);
  const after = await c.officer.ok(NEXT, { id: c.cycleId });
  expect(after.cycle.nextStep).toMatchObject({ task: 'TRACK_ACTIONS', openActions: 2, overdueActions: 1, overdue: true, dueOn: inDays(-3) });
  const auditor = await c.lead.ok(NEXT, { id: c.cycleId });
  expect(auditor.cycle.nextStep).toMatchObject({ party: 'ORGANISATION', actor: 'OTHER_PARTY', task: 'TRACK_ACTIONS' });
});
