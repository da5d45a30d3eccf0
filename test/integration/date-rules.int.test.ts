import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { contentFingerprint } from '../support/content-fixtures';
import { command, driveCycle, withMutationId, type ParkedCycle } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import type { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The process model's date rules, through GraphQL on a real stack (PostgreSQL, Temporal, the worker): each
 * date that makes no sense against the cycle or the day it is entered is refused with BAD_USER_INPUT naming
 * the field, and the refusal changes nothing (the cycle's row, its audit trail, its reports and
 * notifications, the workflow's own state, and every content table).
 */

const PLAN = `mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`;
const FINDING = `mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id } }`;
const ACTION = `mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id } }`;
const REPORT = { summary: 'Samenvatting', strengths: 'Betrokken teams', improvementPoints: 'Borging van leren' };

let stack: Stack;
const conn = () => stack.orm.em.fork().getConnection();

/** Everything a refused date could have moved or written, for one cycle and across the content tables. */
async function snapshot(cycleId: string) {
  const [cycle] = await conn().execute(
    `select c.phase, c.step, c.seq, c.proposed_audit_dates::text[] as proposed, c.confirmed_audit_date::text as confirmed, c.due_at,
            (select count(*)::int from cycle_transition t where t.cycle_id = c.id) as transitions,
            (select count(*)::int from audit_report r where r.cycle_id = c.id) as reports,
            (select count(*)::int from notification n where n.cycle_id = c.id) as notifications
       from cycle c where c.id = ?`,
    [cycleId],
  );
  const workflow = await stack.temporal.workflow
    .getHandle(cycleWorkflowId(cycleId))
    .query(cycleStateQuery)
    .then((s) => ({ phase: s.phase, step: s.step, seq: s.seq }));
  return { cycle, workflow, content: await contentFingerprint(conn()) };
}

/** Sends an operation that must be refused for a date: BAD_USER_INPUT naming the field, nothing changed. */
async function refusedForDate(c: ParkedCycle, who: GqlSession, query: string, input: Record<string, unknown>, field: string) {
  const before = await snapshot(c.cycleId);
  const err = await who.refused(query, { i: { clientMutationId: mutationId(), ...input } });
  expect({ code: err.extensions.code, field: err.extensions.field }).toEqual({ code: 'BAD_USER_INPUT', field });
  expect(await snapshot(c.cycleId)).toEqual(before);
  return err;
}

let scheduling: ParkedCycle;
let drafting: ParkedCycle;

beforeAll(async () => {
  stack = await startStack();
  // One cycle goes through the internal audit to the audit; the other waits for its improvement plan.
  [scheduling, drafting] = await Promise.all([
    driveCycle(stack.url, stack.orm.em.fork(), 'INTERNAL_AUDIT', { label: 'Datumregels' }),
    driveCycle(stack.url, stack.orm.em.fork(), 'DRAFTING', { label: 'Datumregels verbeterplan' }),
  ]);
});
afterAll(() => stack?.stop());

it('an internal audit in 2019, before the cycle started, is refused (field plannedDate)', async () => {
  const c = scheduling;
  const input = await withMutationId(stack.url, 'PlanInternalAuditInput', { cycleId: c.cycleId, unit: 'Team Zuid', plannedDate: '2019-05-01', auditorIds: [c.internalAuditorId] });
  await refusedForDate(c, c.officer, PLAN, input, 'plannedDate');
  expect((await snapshot(c.cycleId)).cycle).toMatchObject({ phase: 'INTERNAL_AUDIT' });
});

it('audit dates in 2020 are refused (field dates), the past ones named', async () => {
  const c = scheduling;
  await c.advanceTo('SCHEDULING');
  const err = await refusedForDate(c, c.lead, command('proposeAuditDates', 'ProposeAuditDatesInput'), c.input({ dates: ['2020-03-01', '2020-03-08'] }).i, 'dates');
  expect(err.extensions.invalidDates).toEqual(['2020-03-01', '2020-03-08']);
  // One date in the past among good ones is enough.
  const mixed = await refusedForDate(c, c.lead, command('proposeAuditDates', 'ProposeAuditDatesInput'), c.input({ dates: [inDays(7), '2020-03-01'] }).i, 'dates');
  expect(mixed.extensions.invalidDates).toEqual(['2020-03-01']);
  expect((await snapshot(c.cycleId)).cycle).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING', proposed: [] });
});

it('the draft report before the confirmed audit date is refused (field confirmedAuditDate), with every finding recorded', async () => {
  const c = scheduling;
  const auditDate = inDays(7);
  await c.lead.ok(command('proposeAuditDates', 'ProposeAuditDatesInput'), c.input({ dates: [auditDate] }));
  await c.officer.ok(command('confirmAuditDate', 'ConfirmAuditDateInput'), c.input({ date: auditDate }));
  for (const normId of c.normIds) {
    await c.lead.ok(FINDING, { i: { clientMutationId: mutationId(), cycleId: c.cycleId, normId, score: 'MEETS', strengths: 'Zichtbaar', improvementPoints: '' } });
  }
  await refusedForDate(c, c.lead, command('issueDraftReport', 'IssueDraftReportInput'), c.input(REPORT).i, 'confirmedAuditDate');
  expect((await snapshot(c.cycleId)).cycle).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'AUDITING', confirmed: auditDate, reports: 0 });
});

it('an improvement action due in 2001 is refused (field dueDate)', async () => {
  const c = drafting;
  const input = await withMutationId(stack.url, 'SaveImprovementActionInput', {
    cycleId: c.cycleId,
    normId: c.normIds[1],
    what: 'Leeragenda per team',
    owner: 'Teamleider',
    dueDate: '2001-01-01',
    successIndicator: 'Elk team heeft er een',
  });
  await refusedForDate(c, c.officer, ACTION, input, 'dueDate');
  const [{ n }] = await conn().execute(`select count(*)::int as n from improvement_action where cycle_id = ?`, [c.cycleId]);
  expect(n).toBe(0);
  expect((await snapshot(c.cycleId)).cycle).toMatchObject({ phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING' });
});
