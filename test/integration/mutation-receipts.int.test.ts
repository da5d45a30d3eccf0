import { randomUUID } from 'node:crypto';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId, startInput } from '../support/operations';
import { command, driveToEngagement } from '../support/cycle-driver';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ worker: true });
});
afterAll(() => stack?.stop());

const IMPORT = `mutation($i: ImportFrameworkVersionInput!) { importFrameworkVersion(input: $i) { id status } }`;
const PUBLISH = `mutation($i: FrameworkVersionCommandInput!) { publishFrameworkVersion(input: $i) { id status } }`;
const count = async (sql: string, params: unknown[]) => (await stack.orm.em.fork().getConnection().execute(sql, params))[0].n as number;

describe('a retried mutation is applied once (client mutation IDs outside the workflow)', () => {
  it('importing twice with one ID returns the first version and creates one', async () => {
    const admin = new GqlSession(stack.url);
    await admin.login('secretariaat@swn.demo', 'demo-wachtwoord');
    const name = `Herhaald ${randomUUID().slice(0, 8)}`;
    const content = JSON.stringify({ categories: [{ code: 'A', title: 'Testcategorie', norms: [{ code: 'A-1', title: 'Testnorm', description: 'Testnorm' }] }], competencies: [] });
    const input = { clientMutationId: mutationId(), name, version: '1', effectiveDate: '2027-01-01', format: 'JSON', content };
    const [a, b] = await Promise.all([admin.ok(IMPORT, { i: input }), admin.ok(IMPORT, { i: input })]);
    expect(b.importFrameworkVersion.id).toBe(a.importFrameworkVersion.id);
    expect(await count(`select count(*)::int as n from framework_version where name = ?`, [name])).toBe(1);

    const publishId = mutationId();
    const published = await admin.ok(PUBLISH, { i: { clientMutationId: publishId, frameworkVersionId: a.importFrameworkVersion.id } });
    const again = await admin.ok(PUBLISH, { i: { clientMutationId: publishId, frameworkVersionId: a.importFrameworkVersion.id } });
    expect(again.publishFrameworkVersion).toEqual(published.publishFrameworkVersion);

    // The same ID for another action is a mistake of the client, said plainly.
    const reused = await admin.refused(IMPORT, { i: { ...input, clientMutationId: publishId, name: `${name} 2` } });
    expect(reused.extensions).toMatchObject({ code: 'CONFLICT', field: 'clientMutationId' });
  });

  it('planning an internal audit twice with one ID plans one; a refusal leaves the ID free', async () => {
    const org = await createOrganisation(stack.orm.em.fork(), 'Herhaling');
    const officer = new GqlSession(stack.url);
    await officer.login(org.officer, PASSWORD);
    const { startCycle } = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, { i: startInput(stack.demo.framework.id) });
    const [auditor] = await stack.orm.em.fork().getConnection().execute(`select id from app_user where email = ?`, [org.internalAuditor]);
    const PLAN = `mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id } }`;
    const plan = { clientMutationId: mutationId(), cycleId: startCycle.id, unit: 'Team West', plannedDate: inDays(14), auditorIds: [auditor.id] };

    // Still in preparation: refused, and the ID stays unused.
    expect((await officer.refused(PLAN, { i: plan })).extensions.code).toBe('WRONG_PHASE');
    await stack.orm.em.fork().getConnection().execute(`update cycle set phase = 'INTERNAL_AUDIT' where id = ?`, [startCycle.id]);
    const first = await officer.ok(PLAN, { i: plan });
    const second = await officer.ok(PLAN, { i: plan });
    expect(second.planInternalAudit.id).toBe(first.planInternalAudit.id);
    expect(await count(`select count(*)::int as n from internal_audit where cycle_id = ?`, [startCycle.id])).toBe(1);
  });

  it('a client mutation ID belongs to its caller: another user reusing it is refused, not taken for a retry', async () => {
    const c = await driveToEngagement(stack.url, stack.orm.em.fork());
    const ACCEPT = command('acceptEngagement', 'AcceptEngagementInput');
    const PROPOSE = command('proposeAuditDates', 'ProposeAuditDatesInput');
    const shared = mutationId();
    const accept = { cycleId: c.cycleId, clientMutationId: shared, leadAuditorId: c.ci.lead.id, coAuditorId: c.ci.co.id };
    expect((await c.manager.ok(ACCEPT, { i: accept })).acceptEngagement).toMatchObject({ step: 'SCHEDULING' });
    const trail = async () => (await count(`select count(*)::int as n from cycle_transition where cycle_id = ?`, [c.cycleId]));
    const before = await trail();

    // The lead auditor sends another command with the manager's ID: CONFLICT, and the cycle does not move.
    const reused = await c.lead.refused(PROPOSE, { i: { cycleId: c.cycleId, clientMutationId: shared, dates: [inDays(10)] } });
    expect(reused.extensions).toMatchObject({ code: 'CONFLICT', field: 'clientMutationId' });
    expect(await trail()).toBe(before);
    // Its own ID goes through; the manager's retry still answers its first result.
    expect((await c.lead.ok(PROPOSE, { i: { cycleId: c.cycleId, clientMutationId: mutationId(), dates: [inDays(10)] } })).proposeAuditDates).toMatchObject({ step: 'DATES_PROPOSED' });
    expect((await c.manager.ok(ACCEPT, { i: accept })).acceptEngagement).toMatchObject({ id: c.cycleId });
    expect(await trail()).toBe(before + 1);

    // The Update ID names the command and the caller as well as the client's ID.
    const history = await stack.temporal.workflow.getHandle(cycleWorkflowId(c.cycleId)).fetchHistory();
    const updateIds = (history.events ?? []).flatMap((e) => (e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId ? [e.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest.meta.updateId] : []));
    const [manager] = await stack.orm.em.fork().getConnection().execute(`select id from app_user where email = ?`, [c.ci.manager]);
    expect(updateIds).toContain(`acceptEngagement:${manager.id}:${shared}`);
  });
});
