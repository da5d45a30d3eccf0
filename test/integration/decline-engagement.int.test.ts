import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { command, driveToEngagement, type DrivenCycle } from '../support/cycle-driver';
import { PASSWORD } from '../support/fixtures';
import { GqlSession, type GqlResult } from '../support/gql';
import { createCertifyingInstitution, type CiFixture } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The certifying institution's manager declines an engagement with a reason: the cycle goes back to the
 * organisation without an institution, the organisation is told why in its own language, the audit trail
 * records it, and the organisation engages another institution, which accepts.
 */

const DECLINE = `mutation($i: DeclineEngagementInput!) { declineEngagement(input: $i) { id phase step } }`;
const CYCLE = `query($id: ID!) { cycle(id: $id) { phase step certifyingInstitution { id } } }`;
const READ = `query($id: ID!) {
  cycleEvents(cycleId: $id) { command fromPhase toPhase summary }
  notifications(first: 50) { nodes { title body } }
}`;
const REASON = 'Geen auditoren vrij in dit kwartaal';

let stack: Stack;
let c: DrivenCycle;
let other: CiFixture;
let otherManager: GqlSession;

const conn = () => stack.orm.em.fork().getConnection();

async function state(cycleId: string) {
  const [db] = await conn().execute(
    `select phase, step, seq, certifying_institution_id, (select count(*)::int from notification n where n.cycle_id = c.id) as notifications
       from cycle c where id = ?`,
    [cycleId],
  );
  const wf = await stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId)).query(cycleStateQuery);
  return { db, workflow: { phase: wf.phase, step: wf.step, seq: wf.seq } };
}

function refusal(r: GqlResult) {
  expect(r.data).toBeNull();
  const [err] = r.errors!;
  return { code: err.extensions.code, field: err.extensions.field };
}

async function login(email: string, headers: Record<string, string> = {}) {
  const s = new GqlSession(stack.url, headers);
  await s.login(email, PASSWORD);
  return s;
}

beforeAll(async () => {
  stack = await startStack();
  c = await driveToEngagement(stack.url, stack.orm.em.fork());
  other = await createCertifyingInstitution(stack.orm.em.fork());
  otherManager = await login(other.manager);
});
afterAll(() => stack?.stop());

describe('declineEngagement', () => {
  it('is refused without a reason (BAD_USER_INPUT on reason), and nothing changes', async () => {
    const before = await state(c.cycleId);
    for (const reason of ['', '   ']) {
      expect(refusal(await c.manager.request(DECLINE, c.input({ reason })))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await state(c.cycleId)).toEqual(before);
  });

  it("is NOT_FOUND for another institution's manager and NOT_ALLOWED for an auditor or the organisation; nothing changes", async () => {
    const before = await state(c.cycleId);
    expect(refusal(await otherManager.request(DECLINE, c.input({ reason: REASON }))).code).toBe('NOT_FOUND');
    expect(refusal(await c.lead.request(DECLINE, c.input({ reason: REASON }))).code).toBe('NOT_ALLOWED');
    expect(refusal(await c.officer.request(DECLINE, c.input({ reason: REASON }))).code).toBe('NOT_ALLOWED');
    expect(await state(c.cycleId)).toEqual(before);
  });

  it("hands the request back to the organisation without an institution; a retry gives the same answer", async () => {
    const input = c.input({ reason: REASON });
    const first = await c.manager.request(DECLINE, input);
    expect(first.errors).toBeUndefined();
    expect(first.data!.declineEngagement).toEqual({ id: c.cycleId, phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });
    // The institution no longer sees the cycle, but its own retry is answered as the first request was.
    expect(await c.manager.request(DECLINE, input)).toEqual(first);
    const after = await state(c.cycleId);
    expect(after.db).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT', certifying_institution_id: null });
    expect(after.workflow).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });
    expect((await c.officer.ok(CYCLE, { id: c.cycleId })).cycle).toEqual({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT', certifyingInstitution: null });
    const [row] = await conn().execute(`select count(*)::int as n from cycle_transition where cycle_id = ? and command = 'declineEngagement'`, [c.cycleId]);
    expect(row.n).toBe(1);
  });

  it('the declining institution no longer reaches the cycle: reading or declining again is NOT_FOUND', async () => {
    expect(refusal(await c.manager.request(CYCLE, { id: c.cycleId })).code).toBe('NOT_FOUND');
    expect(refusal(await c.manager.request(DECLINE, c.input({ reason: REASON }))).code).toBe('NOT_FOUND');
  });

  it('tells the organisation why, and records it in the audit trail, in Dutch and in English', async () => {
    const [nl, en] = await Promise.all([
      login(c.org.officer, { 'accept-language': 'nl' }).then((s) => s.ok(READ, { id: c.cycleId })),
      login(c.org.officer, { 'accept-language': 'en' }).then((s) => s.ok(READ, { id: c.cycleId })),
    ]);
    expect(nl.cycleEvents.at(-1)).toEqual({
      command: 'declineEngagement',
      fromPhase: 'EXTERNAL_AUDIT',
      toPhase: 'EXTERNAL_AUDIT',
      summary: `Opdracht geweigerd door de certificerende instelling: ${REASON}`,
    });
    expect(en.cycleEvents.at(-1).summary).toBe(`Engagement declined by the certifying institution: ${REASON}`);
    expect(nl.notifications.nodes).toContainEqual({ title: 'De certificerende instelling heeft de opdracht geweigerd; vraag een andere instelling', body: REASON });
    expect(en.notifications.nodes).toContainEqual({ title: 'The certifying institution declined the engagement; engage another institution', body: REASON });
  });

  it('the organisation engages another institution, which accepts; declining is then WRONG_PHASE', async () => {
    const engaged = await c.officer.ok(command('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), c.input({ certifyingInstitutionId: other.ci.id }));
    expect(engaged.engageCertifyingInstitution).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'ENGAGEMENT_REQUESTED' });
    // The first institution is not the engaged one any more.
    expect(refusal(await c.manager.request(DECLINE, c.input({ reason: REASON }))).code).toBe('NOT_FOUND');
    const accepted = await otherManager.ok(command('acceptEngagement', 'AcceptEngagementInput'), c.input({ leadAuditorId: other.lead.id, coAuditorId: other.co.id }));
    expect(accepted.acceptEngagement).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'SCHEDULING' });
    expect((await c.officer.ok(CYCLE, { id: c.cycleId })).cycle.certifyingInstitution).toEqual({ id: other.ci.id });
    const before = await state(c.cycleId);
    const r = await otherManager.request(DECLINE, c.input({ reason: REASON }));
    expect(refusal(r).code).toBe('WRONG_PHASE');
    expect(r.errors![0].message).toBe('declineEngagement is only possible in EXTERNAL_AUDIT (ENGAGEMENT_REQUESTED); this cycle is in EXTERNAL_AUDIT (SCHEDULING).');
    expect(await state(c.cycleId)).toEqual(before);
  });
});
