import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationUser, contentFingerprint, createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { mutationId } from '../support/operations';
import { GqlSession, signedIn } from '../support/gql';
import { SAVE_ANSWER, START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The content of the later phases (internal audits, audit findings, the improvement plan): plain database
 * writes guarded by the cycle's projected phase. The cycle is started through GraphQL; its phase is then set
 * with SQL, as the projection would, so these tests depend on the content rules only. For every mutation:
 * success, wrong phase, wrong party, bad input, and that a refusal leaves every content table as it was.
 */

const PLAN = `mutation($i: PlanInternalAuditInput!) {
  planInternalAudit(input: $i) { id cycleId unit plannedDate status auditors { id name role } findings { id } }
}`;
const SET_STATUS = `mutation($i: SetInternalAuditStatusInput!) { setInternalAuditStatus(input: $i) { id status } }`;
const RECORD_INTERNAL = `mutation($i: RecordInternalAuditFindingInput!) {
  recordInternalAuditFinding(input: $i) { id normId normCode strengths improvementPoints recordedByName }
}`;
const INTERNAL_AUDITS = `query($id: ID!) { cycle(id: $id) { internalAudits {
  id unit status auditors { id name } findings { normId normCode strengths improvementPoints }
} } }`;
const RECORD_FINDING = `mutation($i: RecordAuditFindingInput!) {
  recordAuditFinding(input: $i) { id normId normCode score strengths improvementPoints recordedByName }
}`;
const AUDIT_FINDINGS = `query($id: ID!) { cycle(id: $id) { auditFindings { normId normCode score } } }`;
const ASSESSMENT = `query($id: ID!) { cycle(id: $id) { assessment {
  normId normCode categoryCode norm { id title } selfEvaluation { score goesWell } finding { score strengths }
} } }`;
const SAVE_ACTION = `mutation($i: SaveImprovementActionInput!) {
  saveImprovementAction(input: $i) { id normId normCode what owner dueDate successIndicator status carriedOver updatedByName }
}`;
const DELETE_ACTION = `mutation($i: DeleteImprovementActionInput!) { deleteImprovementAction(input: $i) }`;
const UPDATE_ACTION = `mutation($i: UpdateImprovementActionInput!) {
  updateImprovementAction(input: $i) { id status progressNote updatedByName }
}`;
const PLAN_BOARD = `query($id: ID!) { cycle(id: $id) {
  improvementActions { id normId normCode what status }
  improvementPoints { findingId normId normCode score belowMeets improvementPoints covered actionCount }
} }`;

let stack: Stack;
let orgA: OrgFixture;
let orgB: OrgFixture;
let ci: CiTeam;
let cycleId: string;
/** Norm IDs of the cycle's framework version, in the framework's order (category, then norm position). */
let norms: { id: string; code: string }[];
const ids = { officerA: '', internalAuditorA: '', secondAuditorA: '', viewerA: '' };
const s = {} as Record<
  'officer' | 'internalAuditor' | 'secondAuditor' | 'viewer' | 'otherOfficer' | 'otherAuditor' | 'lead' | 'co' | 'unassigned' | 'manager' | 'sector',
  GqlSession
>;

const conn = () => stack.orm.em.fork().getConnection();
const place = (phase: string, step: string | null = null) => placeCycle(conn(), cycleId, phase, step);
const uuidOfNothing = () => randomUUID();
/** Dates the process model accepts: an internal audit inside the cycle (started today), due dates ahead. */
const PLANNED_DATE = inDays(14);
const DUE_DATE = inDays(30);
const LATER_DUE_DATE = inDays(60);

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

/** Runs an operation that must be refused with the code (and field), and checks it changed nothing. */
async function refusedUnchanged(who: GqlSession, op: string, i: Record<string, unknown>, code: string, field?: string) {
  const before = await contentFingerprint(conn());
  // Every mutation here takes a clientMutationId; a case that brings its own keeps it.
  const err = await who.refused(op, { i: { clientMutationId: mutationId(), ...i } });
  expect({ code: err.extensions.code, field: err.extensions.field, message: err.message }).toMatchObject({
    code,
    ...(field ? { field } : {}),
  });
  expect(await contentFingerprint(conn())).toEqual(before);
  return err;
}

beforeAll(async () => {
  // startCycle returns once the workflow recorded its start, so nothing projects over the phases these tests set.
  stack = await startStack();
  const em = stack.orm.em.fork();
  orgA = await createOrganisation(em, 'Inhoud A');
  orgB = await createOrganisation(em, 'Inhoud B');
  ci = await createCiTeam(em);
  const second = await addOrganisationUser(em, orgA.organisation, Role.ORG_INTERNAL_AUDITOR, 'second-auditor');

  const userIds = await conn().execute<{ id: string; email: string }[]>(`select id, email from app_user where email in (?)`, [
    [orgA.officer, orgA.internalAuditor, orgA.viewer],
  ]);
  const idOf = (email: string) => userIds.find((u) => u.email === email)!.id;
  Object.assign(ids, { officerA: idOf(orgA.officer), internalAuditorA: idOf(orgA.internalAuditor), viewerA: idOf(orgA.viewer), secondAuditorA: second.id });

  Object.assign(s, {
    officer: await session(orgA.officer),
    internalAuditor: await session(orgA.internalAuditor),
    secondAuditor: await session(second.email),
    viewer: await session(orgA.viewer),
    otherOfficer: await session(orgB.officer),
    otherAuditor: await session(orgB.internalAuditor),
    lead: await session(ci.lead.email),
    co: await session(ci.co.email),
    unassigned: await session(ci.unassigned.email),
    manager: await session(ci.manager.email),
    sector: await session('secretariaat@swn.demo', DEMO_PASSWORD),
  });

  cycleId = (await s.officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  norms = await conn().execute(
    `select n.id, n.code from norm n join framework_category c on c.id = n.category_id
     where n.framework_version_id = ? order by c.position, n.position`,
    [stack.demo.framework.id],
  );
  // The CI is engaged and its auditors assigned, as the engagement commands would leave it.
  await conn().execute(`update cycle set certifying_institution_id = ?, lead_auditor_id = ?, co_auditor_id = ? where id = ?`, [
    ci.ciId,
    ci.lead.id,
    ci.co.id,
    cycleId,
  ]);
  // Two self-evaluation answers, for the assessment view later on.
  await place('SELF_EVALUATION');
  await s.officer.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: norms[0].id, score: 'MEETS', goesWell: 'Sterk teamoverleg' } });
  await s.internalAuditor.ok(SAVE_ANSWER, { i: { clientMutationId: mutationId(), cycleId, normId: norms[1].id, score: 'PARTLY_MEETS' } });
});
afterAll(() => stack?.stop());

describe('internal audit (phase INTERNAL_AUDIT)', () => {
  let auditId: string;
  let emptyAuditId: string;
  const planInput = (overrides: Record<string, unknown> = {}) => ({
    clientMutationId: mutationId(),
    cycleId,
    unit: 'Team Noord',
    plannedDate: PLANNED_DATE,
    auditorIds: [ids.internalAuditorA, ids.officerA],
    ...overrides,
  });

  it('refuses to plan before the phase, naming the phase', async () => {
    const err = await refusedUnchanged(s.officer, PLAN, planInput(), 'WRONG_PHASE');
    expect(err.message).toBe('Internal audits can be planned only in INTERNAL_AUDIT; this cycle is in SELF_EVALUATION.');
  });

  it('plans an audit by the quality officer, with its auditors', async () => {
    await place('INTERNAL_AUDIT');
    const { planInternalAudit: audit } = await s.officer.ok(PLAN, { i: planInput({ unit: '  Team Noord ' }) });
    expect(audit).toMatchObject({ cycleId, unit: 'Team Noord', plannedDate: PLANNED_DATE, status: 'PLANNED', findings: [] });
    expect(audit.auditors.map((a: { id: string }) => a.id).sort()).toEqual([ids.internalAuditorA, ids.officerA].sort());
    expect(audit.auditors.find((a: { id: string }) => a.id === ids.internalAuditorA).role).toBe('ORG_INTERNAL_AUDITOR');
    auditId = audit.id;
    emptyAuditId = (await s.officer.ok(PLAN, { i: planInput({ unit: 'Team Zuid', auditorIds: [ids.internalAuditorA] }) })).planInternalAudit.id;
  });

  it.each([
    ['no auditors', () => planInput({ auditorIds: [] }), 'auditorIds'],
    ['eleven auditors', () => planInput({ auditorIds: Array.from({ length: 11 }, () => randomUUID()) }), 'auditorIds'],
    ['an auditor ID that is not a UUID', () => planInput({ auditorIds: ['ilse'] }), 'auditorIds'],
    ['a viewer as auditor', () => planInput({ auditorIds: [ids.viewerA] }), 'auditorIds'],
    ['a date that does not exist', () => planInput({ plannedDate: '2026-02-30' }), 'plannedDate'],
    ['a date in another format', () => planInput({ plannedDate: '12-03-2026' }), 'plannedDate'],
    ['a blank unit', () => planInput({ unit: '   ' }), 'unit'],
    ['a unit with a NUL character', () => planInput({ unit: 'Team\u0000Noord' }), 'unit'],
    ['a cycle ID that is not a UUID', () => planInput({ cycleId: 'cycle-1' }), 'cycleId'],
  ])('refuses to plan with %s (BAD_USER_INPUT, the field named)', async (_, input, field) => {
    await refusedUnchanged(s.officer, PLAN, input(), 'BAD_USER_INPUT', field);
  });

  it.each([
    ['an ID of nobody', () => [ids.internalAuditorA, uuidOfNothing()]],
    ['a member of another organisation', async () => [ids.internalAuditorA, (await conn().execute(`select id from app_user where email = ?`, [orgB.internalAuditor]))[0].id]],
    ['a CI auditor', () => [ci.lead.id]],
  ])('refuses to plan with %s as auditor: people the planner may not see are not found (auditorIds named)', async (_, auditorIds) => {
    const err = await refusedUnchanged(s.officer, PLAN, planInput({ auditorIds: await auditorIds() }), 'NOT_FOUND', 'auditorIds');
    expect(err.message).toBe('Auditor was not found.');
  });

  it('names the auditors that are not allowed', async () => {
    const err = await refusedUnchanged(s.officer, PLAN, planInput({ auditorIds: [ids.internalAuditorA, ids.viewerA] }), 'BAD_USER_INPUT', 'auditorIds');
    expect(err.extensions.invalidAuditorIds).toEqual([ids.viewerA]);
  });

  it('refuses planning by another organisation (NOT_FOUND), by a viewer, an internal auditor or an auditor (NOT_ALLOWED)', async () => {
    await refusedUnchanged(s.otherOfficer, PLAN, planInput(), 'NOT_FOUND');
    await refusedUnchanged(s.officer, PLAN, planInput({ cycleId: uuidOfNothing() }), 'NOT_FOUND');
    await refusedUnchanged(s.viewer, PLAN, planInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.internalAuditor, PLAN, planInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.lead, PLAN, planInput(), 'NOT_ALLOWED');
  });

  it('records findings by a named auditor and the quality officer; recording again replaces', async () => {
    const first = await s.internalAuditor.ok(RECORD_INTERNAL, {
      i: { clientMutationId: mutationId(), internalAuditId: auditId, normId: norms[0].id, strengths: 'Cliënten voelen zich gehoord', improvementPoints: 'Dossiers bijwerken' },
    });
    expect(first.recordInternalAuditFinding).toMatchObject({ normId: norms[0].id, normCode: norms[0].code, improvementPoints: 'Dossiers bijwerken' });
    const again = await s.officer.ok(RECORD_INTERNAL, { i: { clientMutationId: mutationId(), internalAuditId: auditId, normId: norms[0].id, strengths: 'Cliënten voelen zich echt gehoord' } });
    expect(again.recordInternalAuditFinding).toMatchObject({ id: first.recordInternalAuditFinding.id, strengths: 'Cliënten voelen zich echt gehoord', improvementPoints: '' });
    expect(again.recordInternalAuditFinding.recordedByName).toContain('ORG_QUALITY_OFFICER');
    await s.officer.ok(RECORD_INTERNAL, { i: { clientMutationId: mutationId(), internalAuditId: auditId, normId: norms[1].id, strengths: 'Goede intervisie' } });
    const [{ n }] = await conn().execute(`select count(*)::int as n from internal_audit_finding where internal_audit_id = ?`, [auditId]);
    expect(n).toBe(2);
  });

  it.each([
    ['blank strengths', () => ({ strengths: ' \n ' }), 'strengths'],
    ['no strengths at all', () => ({ strengths: '' }), 'strengths'],
    ['strengths over 10,000 characters', () => ({ strengths: 'x'.repeat(10_001) }), 'strengths'],
    ['improvement points with a NUL character', () => ({ improvementPoints: 'a\u0000b' }), 'improvementPoints'],
    ['an audit ID that is not a UUID', () => ({ internalAuditId: 'audit-1' }), 'internalAuditId'],
  ])('refuses a finding with %s', async (_, overrides, field) => {
    const input = { internalAuditId: auditId, normId: norms[2].id, strengths: 'Goed', ...overrides() };
    await refusedUnchanged(s.officer, RECORD_INTERNAL, input, 'BAD_USER_INPUT', field);
  });

  it('refuses findings by an unnamed internal auditor, a viewer (NOT_ALLOWED) and another organisation (NOT_FOUND)', async () => {
    const input = { internalAuditId: auditId, normId: norms[2].id, strengths: 'Goed' };
    await refusedUnchanged(s.secondAuditor, RECORD_INTERNAL, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.viewer, RECORD_INTERNAL, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.otherAuditor, RECORD_INTERNAL, input, 'NOT_FOUND');
    await refusedUnchanged(s.otherOfficer, RECORD_INTERNAL, input, 'NOT_FOUND');
    await refusedUnchanged(s.officer, RECORD_INTERNAL, { ...input, internalAuditId: uuidOfNothing() }, 'NOT_FOUND');
    await refusedUnchanged(s.officer, RECORD_INTERNAL, { ...input, normId: uuidOfNothing() }, 'NOT_FOUND', 'normId');
  });

  it('refuses to mark an audit done without a finding (INCOMPLETE)', async () => {
    const err = await refusedUnchanged(s.officer, SET_STATUS, { internalAuditId: emptyAuditId, status: 'DONE' }, 'INCOMPLETE', 'internalAuditId');
    expect(err.message).toMatch(/at least one finding/);
  });

  it('refuses status changes by the wrong party and with a bad status', async () => {
    const input = { internalAuditId: auditId, status: 'DONE' };
    await refusedUnchanged(s.secondAuditor, SET_STATUS, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.viewer, SET_STATUS, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.otherOfficer, SET_STATUS, input, 'NOT_FOUND');
    await refusedUnchanged(s.manager, SET_STATUS, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.officer, SET_STATUS, { ...input, status: 'PLANNED' }, 'BAD_USER_INPUT');
  });

  it('refuses status changes and findings outside the phase', async () => {
    await place('EXTERNAL_AUDIT', 'AWAITING_ENGAGEMENT');
    try {
      const err = await refusedUnchanged(s.internalAuditor, SET_STATUS, { internalAuditId: auditId, status: 'DONE' }, 'WRONG_PHASE');
      expect(err.message).toContain('this cycle is in EXTERNAL_AUDIT (AWAITING_ENGAGEMENT)');
      expect(err.extensions).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });
      await refusedUnchanged(s.internalAuditor, RECORD_INTERNAL, { internalAuditId: auditId, normId: norms[2].id, strengths: 'Goed' }, 'WRONG_PHASE');
      await refusedUnchanged(s.officer, PLAN, planInput(), 'WRONG_PHASE');
    } finally {
      await place('INTERNAL_AUDIT');
    }
  });

  it('marks an audit done by a named auditor; repeating is harmless; after that it is closed', async () => {
    const done = await s.internalAuditor.ok(SET_STATUS, { i: { clientMutationId: mutationId(), internalAuditId: auditId, status: 'DONE' } });
    expect(done.setInternalAuditStatus.status).toBe('DONE');
    expect((await s.officer.ok(SET_STATUS, { i: { clientMutationId: mutationId(), internalAuditId: auditId, status: 'DONE' } })).setInternalAuditStatus.status).toBe('DONE');
    await refusedUnchanged(s.officer, SET_STATUS, { internalAuditId: auditId, status: 'CANCELLED' }, 'BAD_USER_INPUT', 'status');
    const locked = await refusedUnchanged(s.officer, RECORD_INTERNAL, { internalAuditId: auditId, normId: norms[2].id, strengths: 'Goed' }, 'LOCKED');
    expect(locked.message).toMatch(/only while it is planned/);
    const cancelled = await s.officer.ok(SET_STATUS, { i: { clientMutationId: mutationId(), internalAuditId: emptyAuditId, status: 'CANCELLED' } });
    expect(cancelled.setInternalAuditStatus.status).toBe('CANCELLED');
  });

  it('lists the audits with auditors and findings for the organisation and the sector body, not for others', async () => {
    const { cycle } = await s.viewer.ok(INTERNAL_AUDITS, { id: cycleId });
    expect(cycle.internalAudits.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [auditId, 'DONE'],
      [emptyAuditId, 'CANCELLED'],
    ]);
    expect(cycle.internalAudits[0].findings.map((f: { normCode: string }) => f.normCode)).toEqual([norms[0].code, norms[1].code]);
    expect(cycle.internalAudits[0].auditors).toHaveLength(2);
    expect((await s.sector.ok(INTERNAL_AUDITS, { id: cycleId })).cycle.internalAudits).toHaveLength(2);
    expect((await s.otherOfficer.refused(INTERNAL_AUDITS, { id: cycleId })).extensions.code).toBe('NOT_FOUND');
  });
});

describe('external audit findings (phase EXTERNAL_AUDIT, step AUDITING)', () => {
  const findingInput = (overrides: Record<string, unknown> = {}) => ({
    clientMutationId: mutationId(),
    cycleId,
    normId: norms[1].id,
    score: 'PARTLY_MEETS',
    strengths: 'Betrokken team',
    improvementPoints: 'Evaluaties vastleggen',
    ...overrides,
  });

  it('refuses findings before the audit itself, naming phase and step', async () => {
    await place('EXTERNAL_AUDIT', 'SCHEDULING');
    const err = await refusedUnchanged(s.lead, RECORD_FINDING, findingInput(), 'WRONG_PHASE');
    expect(err.message).toBe('Audit findings can be recorded only in EXTERNAL_AUDIT (AUDITING); this cycle is in EXTERNAL_AUDIT (SCHEDULING).');
  });

  it('records findings by the lead and the co-auditor, one per norm', async () => {
    await place('EXTERNAL_AUDIT', 'AUDITING');
    const first = (await s.lead.ok(RECORD_FINDING, { i: findingInput() })).recordAuditFinding;
    expect(first).toMatchObject({ normId: norms[1].id, normCode: norms[1].code, score: 'PARTLY_MEETS' });
    const replaced = (await s.co.ok(RECORD_FINDING, { i: findingInput({ score: 'DOES_NOT_MEET' }) })).recordAuditFinding;
    expect(replaced).toMatchObject({ id: first.id, score: 'DOES_NOT_MEET', recordedByName: ci.co.name });
    await s.lead.ok(RECORD_FINDING, { i: findingInput({ normId: norms[0].id, score: 'MEETS', improvementPoints: '' }) });
    await s.lead.ok(RECORD_FINDING, { i: findingInput({ normId: norms[2].id, score: 'MEETS', improvementPoints: 'Scholingsplan actualiseren' }) });
    const [{ n }] = await conn().execute(`select count(*)::int as n from audit_finding where cycle_id = ?`, [cycleId]);
    expect(n).toBe(3);
  });

  it.each([
    ['a score that does not exist', () => findingInput({ score: 'GOOD' }), undefined],
    ['strengths over 10,000 characters', () => findingInput({ strengths: 'x'.repeat(10_001) }), 'strengths'],
    ['improvement points with a NUL character', () => findingInput({ improvementPoints: 'a\u0000' }), 'improvementPoints'],
    ['a cycle ID that is not a UUID', () => findingInput({ cycleId: 'x' }), 'cycleId'],
  ])('refuses a finding with %s', async (_, input, field) => {
    await refusedUnchanged(s.lead, RECORD_FINDING, input(), 'BAD_USER_INPUT', field);
  });

  it('refuses findings by an unassigned auditor (NOT_FOUND) and by anyone not an auditor (NOT_ALLOWED)', async () => {
    await refusedUnchanged(s.unassigned, RECORD_FINDING, findingInput(), 'NOT_FOUND');
    await refusedUnchanged(s.lead, RECORD_FINDING, findingInput({ cycleId: uuidOfNothing() }), 'NOT_FOUND');
    await refusedUnchanged(s.lead, RECORD_FINDING, findingInput({ normId: uuidOfNothing() }), 'NOT_FOUND', 'normId');
    await refusedUnchanged(s.manager, RECORD_FINDING, findingInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.officer, RECORD_FINDING, findingInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.viewer, RECORD_FINDING, findingInput(), 'NOT_ALLOWED');
  });

  it('shows the findings to the auditors, the CI manager and the sector body while auditing, not to the organisation', async () => {
    const expected = [norms[0].code, norms[1].code, norms[2].code];
    for (const who of [s.lead, s.co, s.manager, s.sector]) {
      const { cycle } = await who.ok(AUDIT_FINDINGS, { id: cycleId });
      expect(cycle.auditFindings.map((f: { normCode: string }) => f.normCode)).toEqual(expected);
    }
    expect((await s.officer.ok(AUDIT_FINDINGS, { id: cycleId })).cycle.auditFindings).toEqual([]);
    expect((await s.viewer.ok(AUDIT_FINDINGS, { id: cycleId })).cycle.auditFindings).toEqual([]);
    expect((await s.unassigned.refused(AUDIT_FINDINGS, { id: cycleId })).extensions.code).toBe('NOT_FOUND');
  });

  it('gives the assessment per norm in the framework order: the answer beside the finding', async () => {
    const { cycle } = await s.lead.ok(ASSESSMENT, { id: cycleId });
    expect(cycle.assessment.map((r: { normId: string }) => r.normId)).toEqual(norms.map((n) => n.id));
    expect(cycle.assessment[0]).toMatchObject({ normCode: norms[0].code, selfEvaluation: { score: 'MEETS', goesWell: 'Sterk teamoverleg' }, finding: { score: 'MEETS' } });
    expect(cycle.assessment[1]).toMatchObject({ selfEvaluation: { score: 'PARTLY_MEETS' }, finding: { score: 'DOES_NOT_MEET' } });
    expect(cycle.assessment[3]).toMatchObject({ selfEvaluation: null, finding: null });
    expect(cycle.assessment[0].categoryCode).toEqual(expect.any(String));

    const own = (await s.officer.ok(ASSESSMENT, { id: cycleId })).cycle.assessment;
    expect(own[1]).toMatchObject({ selfEvaluation: { score: 'PARTLY_MEETS' }, finding: null });
  });

  it('shows the findings to the organisation once the draft report is issued, and refuses new ones then', async () => {
    await place('EXTERNAL_AUDIT', 'AWAITING_REPLY');
    const { cycle } = await s.viewer.ok(AUDIT_FINDINGS, { id: cycleId });
    expect(cycle.auditFindings).toHaveLength(3);
    expect((await s.officer.ok(ASSESSMENT, { id: cycleId })).cycle.assessment[1].finding).toMatchObject({ score: 'DOES_NOT_MEET' });
    await refusedUnchanged(s.lead, RECORD_FINDING, findingInput({ score: 'MEETS' }), 'WRONG_PHASE');
    await place('IMPROVEMENT_PLAN', 'DRAFTING');
    expect((await s.officer.ok(AUDIT_FINDINGS, { id: cycleId })).cycle.auditFindings).toHaveLength(3);
  });
});

describe('improvement plan (IMPROVEMENT_PLAN step DRAFTING, then tracking)', () => {
  let actionId: string;
  let generalActionId: string;
  const actionInput = (overrides: Record<string, unknown> = {}) => ({
    clientMutationId: mutationId(),
    cycleId,
    normId: norms[1].id,
    what: 'Evaluaties met cliënten vastleggen in het dossier',
    owner: 'Teamleider Noord',
    dueDate: DUE_DATE,
    successIndicator: 'Elk dossier heeft een evaluatie van het laatste kwartaal',
    ...overrides,
  });

  it('lists the findings the plan must answer, none covered yet', async () => {
    await place('IMPROVEMENT_PLAN', 'DRAFTING');
    const { cycle } = await s.officer.ok(PLAN_BOARD, { id: cycleId });
    expect(cycle.improvementActions).toEqual([]);
    expect(cycle.improvementPoints).toEqual([
      expect.objectContaining({ normId: norms[1].id, score: 'DOES_NOT_MEET', belowMeets: true, covered: false, actionCount: 0 }),
      expect.objectContaining({ normId: norms[2].id, score: 'MEETS', belowMeets: false, improvementPoints: 'Scholingsplan actualiseren', covered: false }),
    ]);
  });

  it('adds, edits and deletes actions by the quality officer while drafting', async () => {
    const added = (await s.officer.ok(SAVE_ACTION, { i: actionInput() })).saveImprovementAction;
    expect(added).toMatchObject({ normId: norms[1].id, normCode: norms[1].code, status: 'OPEN', carriedOver: false, dueDate: DUE_DATE });
    actionId = added.id;

    const general = (await s.officer.ok(SAVE_ACTION, { i: actionInput({ normId: null, what: 'Leeragenda per team' }) })).saveImprovementAction;
    expect(general).toMatchObject({ normId: null, normCode: null });
    generalActionId = general.id;

    const edited = (await s.officer.ok(SAVE_ACTION, { i: actionInput({ actionId: general.id, normId: norms[2].id, dueDate: LATER_DUE_DATE }) })).saveImprovementAction;
    expect(edited).toMatchObject({ id: general.id, normCode: norms[2].code, what: 'Evaluaties met cliënten vastleggen in het dossier', dueDate: LATER_DUE_DATE });

    const spare = (await s.officer.ok(SAVE_ACTION, { i: actionInput({ what: 'Te schrappen' }) })).saveImprovementAction;
    expect((await s.officer.ok(DELETE_ACTION, { i: { clientMutationId: mutationId(), actionId: spare.id } })).deleteImprovementAction).toBe(spare.id);
    await refusedUnchanged(s.officer, DELETE_ACTION, { clientMutationId: mutationId(), actionId: spare.id }, 'NOT_FOUND');

    const { cycle } = await s.officer.ok(PLAN_BOARD, { id: cycleId });
    expect(cycle.improvementActions.map((a: { id: string }) => a.id)).toEqual([actionId, generalActionId]);
    expect(cycle.improvementPoints.map((p: { covered: boolean; actionCount: number }) => [p.covered, p.actionCount])).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it.each([
    ['a due date that does not exist', () => actionInput({ dueDate: '2026-13-01' }), 'dueDate'],
    ['a blank what', () => actionInput({ what: '  ' }), 'what'],
    ['an owner over 200 characters', () => actionInput({ owner: 'x'.repeat(201) }), 'owner'],
    ['a success indicator over 10,000 characters', () => actionInput({ successIndicator: 'x'.repeat(10_001) }), 'successIndicator'],
    ['a NUL character', () => actionInput({ what: 'a\u0000b' }), 'what'],
    ['an action ID that is not a UUID', () => actionInput({ actionId: 'a-1' }), 'actionId'],
  ])('refuses an action with %s', async (_, input, field) => {
    await refusedUnchanged(s.officer, SAVE_ACTION, input(), 'BAD_USER_INPUT', field);
  });

  it('refuses actions by the wrong party', async () => {
    // References of nothing are not found, naming the field.
    await refusedUnchanged(s.officer, SAVE_ACTION, actionInput({ actionId: uuidOfNothing() }), 'NOT_FOUND', 'actionId');
    await refusedUnchanged(s.officer, SAVE_ACTION, actionInput({ normId: uuidOfNothing() }), 'NOT_FOUND', 'normId');
    await refusedUnchanged(s.otherOfficer, SAVE_ACTION, actionInput(), 'NOT_FOUND');
    await refusedUnchanged(s.otherOfficer, DELETE_ACTION, { clientMutationId: mutationId(), actionId }, 'NOT_FOUND');
    await refusedUnchanged(s.viewer, SAVE_ACTION, actionInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.internalAuditor, SAVE_ACTION, actionInput(), 'NOT_ALLOWED');
    await refusedUnchanged(s.internalAuditor, DELETE_ACTION, { clientMutationId: mutationId(), actionId }, 'NOT_ALLOWED');
    await refusedUnchanged(s.lead, SAVE_ACTION, actionInput(), 'NOT_ALLOWED');
  });

  it('refuses drafting once the plan is submitted, and tracking before it is accepted', async () => {
    await refusedUnchanged(s.officer, UPDATE_ACTION, { actionId, status: 'IN_PROGRESS' }, 'WRONG_PHASE');
    await place('IMPROVEMENT_PLAN', 'SUBMITTED');
    const err = await refusedUnchanged(s.officer, SAVE_ACTION, actionInput(), 'WRONG_PHASE');
    expect(err.message).toBe('Improvement actions can be drafted only in IMPROVEMENT_PLAN (DRAFTING) or PEER_ASSESSMENT (REPORTS_FINAL) or REGISTERED; this cycle is in IMPROVEMENT_PLAN (SUBMITTED).');
    await refusedUnchanged(s.officer, DELETE_ACTION, { clientMutationId: mutationId(), actionId }, 'WRONG_PHASE');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { actionId, status: 'IN_PROGRESS' }, 'WRONG_PHASE');
  });

  it('tracks accepted actions forward only, by the quality officer and internal auditors', async () => {
    await place('DECISION', 'AWAITING_DECISION');
    await refusedUnchanged(s.officer, SAVE_ACTION, actionInput(), 'WRONG_PHASE');
    const started = (await s.internalAuditor.ok(UPDATE_ACTION, { i: { clientMutationId: mutationId(), actionId, status: 'IN_PROGRESS', progressNote: 'Format gemaakt' } })).updateImprovementAction;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', progressNote: 'Format gemaakt' });
    const note = (await s.officer.ok(UPDATE_ACTION, { i: { clientMutationId: mutationId(), actionId, status: 'IN_PROGRESS' } })).updateImprovementAction;
    expect(note.progressNote).toBe('Format gemaakt');

    const back = await refusedUnchanged(s.officer, UPDATE_ACTION, { actionId, status: 'OPEN' }, 'BAD_USER_INPUT', 'status');
    expect(back.message).toMatch(/only move forward/);

    await place('CERTIFIED', 'VALID');
    expect((await s.officer.ok(UPDATE_ACTION, { i: { clientMutationId: mutationId(), actionId, status: 'DONE' } })).updateImprovementAction.status).toBe('DONE');
    expect((await s.secondAuditor.ok(UPDATE_ACTION, { i: { clientMutationId: mutationId(), actionId: generalActionId, status: 'DONE' } })).updateImprovementAction.status).toBe('DONE');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { actionId, status: 'IN_PROGRESS' }, 'BAD_USER_INPUT', 'status');
  });

  it('refuses tracking by the wrong party and with bad input', async () => {
    const input = { actionId, status: 'DONE' };
    await refusedUnchanged(s.viewer, UPDATE_ACTION, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.lead, UPDATE_ACTION, input, 'NOT_ALLOWED');
    await refusedUnchanged(s.otherAuditor, UPDATE_ACTION, input, 'NOT_FOUND');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { ...input, actionId: uuidOfNothing() }, 'NOT_FOUND');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { ...input, status: 'FINISHED' }, 'BAD_USER_INPUT');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { ...input, progressNote: 'x'.repeat(10_001) }, 'BAD_USER_INPUT', 'progressNote');
    await refusedUnchanged(s.officer, UPDATE_ACTION, { ...input, progressNote: '\u0000' }, 'BAD_USER_INPUT', 'progressNote');
  });

  it('shows the plan to the lead auditor and the sector body too', async () => {
    for (const who of [s.lead, s.sector]) {
      const { cycle } = await who.ok(PLAN_BOARD, { id: cycleId });
      expect(cycle.improvementActions.map((a: { status: string }) => a.status)).toEqual(['DONE', 'DONE']);
      expect(cycle.improvementPoints).toHaveLength(2);
    }
  });
});
