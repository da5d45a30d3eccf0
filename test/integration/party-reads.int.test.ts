import { randomUUID } from 'node:crypto';
import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { createCertifyingInstitution, type CiFixture } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The reads the parties' screens rely on beside the cycle commands: who is waited on, the engaged institution
 * and its auditors, the organisation's members, the reports and plan reviews, and the sector body's admission
 * of certifying institutions. Each is scoped: another party gets nothing it may not see.
 */
let stack: Stack;
let parked: ParkedCycle;
let admin: GqlSession;
let decider: GqlSession;
let otherCi: CiFixture;
let otherCiManager: GqlSession;

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

const ADMISSION = `mutation($i: SetCertifyingInstitutionAdmissionInput!) { setCertifyingInstitutionAdmission(input: $i) { id admitted } }`;
const INSTITUTIONS = `query($only: Boolean) { certifyingInstitutions(admittedOnly: $only) { id name admitted auditors { id name role } } }`;
const PARTIES = `query($id: ID!) { cycle(id: $id) {
  waitingOn dueAt certifyingInstitution { id name } leadAuditor { id name role } coAuditor { id name }
  reports { kind summary strengths improvementPoints advice reply issuedAt }
  planReviews { review comments at }
} }`;

beforeAll(async () => {
  stack = await startStack();
  parked = await driveCycle(stack.url, stack.orm.em.fork(), 'SUBMITTED', { label: 'Leesbare cyclus' });
  admin = await login('secretariaat@swn.demo', 'demo-wachtwoord');
  decider = await login('commissie@swn.demo', 'demo-wachtwoord');
  otherCi = await createCertifyingInstitution(stack.orm.em.fork());
  otherCiManager = await login(otherCi.manager);
}, 180_000);
afterAll(() => stack?.stop());

describe('a cycle says who holds it', () => {
  it('shows the party waited on, the engaged institution, its assigned auditors and both reports with the reply', async () => {
    const { cycle } = await parked.officer.ok(PARTIES, { id: parked.cycleId });
    expect(cycle.waitingOn).toBe('CERTIFYING_INSTITUTION');
    expect(cycle.certifyingInstitution).toEqual({ id: parked.ci.ci.id, name: parked.ci.ci.name });
    expect(cycle.leadAuditor).toEqual({ id: parked.ci.lead.id, name: parked.ci.lead.name, role: 'AUDITOR' });
    expect(cycle.coAuditor).toEqual({ id: parked.ci.co.id, name: parked.ci.co.name });
    expect(cycle.reports.map((r: { kind: string }) => r.kind)).toEqual(['DRAFT', 'FINAL']);
    expect(cycle.reports[0].reply).toEqual(expect.any(String));
    expect(cycle.reports[0].reply.length).toBeGreaterThan(0);
    expect(cycle.reports[1].advice).toEqual(expect.any(String));
    expect(cycle.planReviews).toEqual([]);
  });

  it('records the plan review with its comments, and then waits on the sector body', async () => {
    await parked.lead.ok(`mutation($i: ReviewImprovementPlanInput!) { reviewImprovementPlan(input: $i) { id } }`, {
      i: { cycleId: parked.cycleId, clientMutationId: mutationId(), review: 'RETURN', comments: 'Maak de indicator meetbaar.' },
    });
    const returned = (await parked.officer.ok(PARTIES, { id: parked.cycleId })).cycle;
    expect(returned.waitingOn).toBe('ORGANISATION');
    expect(returned.planReviews).toEqual([{ review: 'RETURN', comments: 'Maak de indicator meetbaar.', at: expect.any(String) }]);

    await parked.officer.ok(`mutation($i: CycleCommandInput!) { submitImprovementPlan(input: $i) { id } }`, parked.input());
    await parked.advanceTo('AWAITING_DECISION');
    const { cycle } = await decider.ok(PARTIES, { id: parked.cycleId });
    expect(cycle.waitingOn).toBe('SECTOR_BODY');
    expect(cycle.planReviews.map((r: { review: string }) => r.review)).toEqual(['RETURN', 'ACCEPT']);
  });
});

describe('people are visible only to their own party', () => {
  it("an institution's auditors are listed for its own people and the sector body, not for others", async () => {
    const auditorsSeenBy = async (s: GqlSession) => {
      const { certifyingInstitutions } = await s.ok(INSTITUTIONS, { only: false });
      return certifyingInstitutions.find((c: { id: string }) => c.id === parked.ci.ci.id)?.auditors.map((a: { id: string }) => a.id).sort();
    };
    const own = [parked.ci.lead.id, parked.ci.co.id, parked.ci.otherAuditor.id].sort();
    expect(await auditorsSeenBy(parked.manager)).toEqual(own);
    expect(await auditorsSeenBy(admin)).toEqual(own);
    expect(await auditorsSeenBy(otherCiManager)).toEqual([]);
    expect(await auditorsSeenBy(parked.officer)).toEqual([]);
  });

  it("an institution's auditor workload counts each auditor's open audits and next audit days, for the same people only", async () => {
    const future = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await stack.orm.em.fork().getConnection().execute(`update cycle set confirmed_audit_date = ? where id = ?`, [future, parked.cycleId]);
    const WORKLOAD = `query { certifyingInstitutions { id auditorWorkload { auditor { id } openAudits leading upcomingAuditDates } } }`;
    const workloadSeenBy = async (s: GqlSession) =>
      (await s.ok(WORKLOAD)).certifyingInstitutions.find((c: { id: string }) => c.id === parked.ci.ci.id)?.auditorWorkload;
    const expected = [
      { auditor: { id: parked.ci.lead.id }, openAudits: 1, leading: 1, upcomingAuditDates: [future] },
      { auditor: { id: parked.ci.co.id }, openAudits: 1, leading: 0, upcomingAuditDates: [future] },
      { auditor: { id: parked.ci.otherAuditor.id }, openAudits: 0, leading: 0, upcomingAuditDates: [] },
    ];
    const byId = (rows: { auditor: { id: string } }[]) => [...rows].sort((a, b) => a.auditor.id.localeCompare(b.auditor.id));
    expect(byId(await workloadSeenBy(parked.manager))).toEqual(byId(expected));
    expect(byId(await workloadSeenBy(admin))).toEqual(byId(expected));
    expect(await workloadSeenBy(otherCiManager)).toEqual([]);
    expect(await workloadSeenBy(parked.officer)).toEqual([]);
  });

  it("an organisation's members are listed for its own people only", async () => {
    const membersQuery = `query($id: ID!) { organisation(id: $id) { members { name role } } }`;
    const orgId = (await parked.officer.ok(`{ me { organisation { id } } }`)).me.organisation.id;
    const own = (await parked.officer.ok(membersQuery, { id: orgId })).organisation.members;
    expect(own.map((m: { role: string }) => m.role).sort()).toEqual(['ORG_INTERNAL_AUDITOR', 'ORG_QUALITY_OFFICER', 'ORG_VIEWER']);
    expect((await admin.ok(membersQuery, { id: orgId })).organisation.members).toEqual([]);
    expect((await parked.manager.ok(membersQuery, { id: orgId })).organisation.members).toEqual([]);
  });
});

describe('the sector body admits certifying institutions', () => {
  it('revoking an admission hides the institution from organisations and refuses new engagements; admitting again restores it', async () => {
    const ci = await createCertifyingInstitution(stack.orm.em.fork());
    const org = await createOrganisation(stack.orm.em.fork(), 'Kiest een instelling');
    const officer = await login(org.officer);
    const listed = async (s: GqlSession) => (await s.ok(INSTITUTIONS, {})).certifyingInstitutions.some((c: { id: string }) => c.id === ci.ci.id);
    expect(await listed(officer)).toBe(true);

    const id = mutationId();
    const revoke = { i: { clientMutationId: id, certifyingInstitutionId: ci.ci.id, admitted: false } };
    expect((await admin.ok(ADMISSION, revoke)).setCertifyingInstitutionAdmission).toEqual({ id: ci.ci.id, admitted: false });
    // A retry of the same action repeats nothing and answers the same.
    expect((await admin.ok(ADMISSION, revoke)).setCertifyingInstitutionAdmission).toEqual({ id: ci.ci.id, admitted: false });
    expect(await listed(officer)).toBe(false);
    const sectorView = (await admin.ok(INSTITUTIONS, {})).certifyingInstitutions.find((c: { id: string }) => c.id === ci.ci.id);
    expect(sectorView.admitted).toBe(false);
    expect((await admin.ok(INSTITUTIONS, { only: true })).certifyingInstitutions.some((c: { id: string }) => c.id === ci.ci.id)).toBe(false);

    const driven = await driveCycle(stack.url, stack.orm.em.fork(), 'AWAITING_ENGAGEMENT', { label: 'Wil inschakelen' });
    const engage = `mutation($i: EngageCertifyingInstitutionInput!) { engageCertifyingInstitution(input: $i) { id step } }`;
    // No longer listed for the organisation, so not found: the same answer as for an institution that never was.
    const refusal = await driven.officer.refused(engage, driven.input({ certifyingInstitutionId: ci.ci.id }));
    expect({ message: refusal.message, extensions: refusal.extensions }).toEqual({
      message: 'Certifying institution was not found.',
      extensions: { code: 'NOT_FOUND', field: 'certifyingInstitutionId' },
    });
    const nothing = await driven.officer.refused(engage, driven.input({ certifyingInstitutionId: randomUUID() }));
    expect({ message: nothing.message, extensions: nothing.extensions }).toEqual({ message: refusal.message, extensions: refusal.extensions });

    await admin.ok(ADMISSION, { i: { clientMutationId: mutationId(), certifyingInstitutionId: ci.ci.id, admitted: true } });
    expect(await listed(officer)).toBe(true);
    expect((await driven.officer.ok(engage, driven.input({ certifyingInstitutionId: ci.ci.id }))).engageCertifyingInstitution.step).toBe('ENGAGEMENT_REQUESTED');
  }, 120_000);

  it('refuses bad input, unknown institutions and other roles, changing nothing', async () => {
    const ci = await createCertifyingInstitution(stack.orm.em.fork());
    const admitted = async () =>
      (await stack.orm.em.fork().getConnection().execute(`select admitted from certifying_institution where id = ?`, [ci.ci.id]))[0].admitted;

    const badId = await admin.refused(ADMISSION, { i: { clientMutationId: mutationId(), certifyingInstitutionId: 'nope', admitted: false } });
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certifyingInstitutionId' });
    const unknown = await admin.refused(ADMISSION, {
      i: { clientMutationId: mutationId(), certifyingInstitutionId: '00000000-0000-4000-8000-000000000000', admitted: false },
    });
    expect(unknown.extensions.code).toBe('NOT_FOUND');
    const byDecider = await decider.refused(ADMISSION, { i: { clientMutationId: mutationId(), certifyingInstitutionId: ci.ci.id, admitted: false } });
    expect(byDecider.extensions.code).toBe('NOT_ALLOWED');
    const byManager = await otherCiManager.refused(ADMISSION, { i: { clientMutationId: mutationId(), certifyingInstitutionId: ci.ci.id, admitted: false } });
    expect(byManager.extensions.code).toBe('NOT_ALLOWED');
    const anonymous = await new GqlSession(stack.url).refused(INSTITUTIONS, {});
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
    expect(await admitted()).toBe(true);
  });
});

describe('the register names the certified cycle to the sector body only', () => {
  it('gives the sector body the cycle to suspend or withdraw, and everyone else null', async () => {
    const certified = await driveCycle(stack.url, stack.orm.em.fork(), 'VALID', {
      label: 'Register met cyclus',
      deciderEmail: 'commissie@swn.demo',
      deciderPassword: 'demo-wachtwoord',
    });
    const [{ number }] = await stack.orm.em.fork().getConnection().execute(`select number from certificate where cycle_id = ?`, [certified.cycleId]);
    const entry = `query($n: String!) { verifyCertificate(number: $n) { certificateNumber cycleId } }`;
    const listed = `query($q: String) { register(first: 50, search: $q) { nodes { certificateNumber cycleId } } }`;
    expect((await admin.ok(entry, { n: number })).verifyCertificate).toEqual({ certificateNumber: number, cycleId: certified.cycleId });
    expect((await admin.ok(listed, { q: 'Register met cyclus' })).register.nodes).toContainEqual({ certificateNumber: number, cycleId: certified.cycleId });
    for (const other of [new GqlSession(stack.url), certified.officer, certified.manager]) {
      expect((await other.ok(entry, { n: number })).verifyCertificate).toEqual({ certificateNumber: number, cycleId: null });
      expect((await other.ok(listed, { q: 'Register met cyclus' })).register.nodes).toContainEqual({ certificateNumber: number, cycleId: null });
    }
  }, 120_000);
});
