import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { assignTeam, createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { longRules } from '../support/cycle-driver';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * The audit programme of a cycle: the lead auditor plans interview slots while the programme's window is
 * open (EXTERNAL_AUDIT, SCHEDULING to AUDITING), every party that may see the cycle reads it, the
 * organisation's quality officer confirms it, and saving again asks for a new confirmation. Each rule of the
 * slots is refused naming the slot's field, and a refusal changes nothing. The cycle is started through
 * GraphQL; its position is then set with SQL, as the projection would.
 */

const PROGRAMME = `
  id cycleId updatedAt savedByName confirmedAt confirmedByName
  slots { day startTime endTime group groupLabel participants headCount normIds norms { id code } auditorIds auditors { id name } }
  uncoveredNorms { id code }`;
const READ = `query($id: ID!) { auditProgramme(cycleId: $id) { ${PROGRAMME} } }`;
const SAVE = `mutation($i: SaveAuditProgrammeInput!) { saveAuditProgramme(input: $i) { ${PROGRAMME} } }`;
const CONFIRM = `mutation($i: CycleCommandInput!) { confirmAuditProgramme(input: $i) { ${PROGRAMME} } }`;
const VIEWER_CAN = `query($id: ID!) { cycle(id: $id) { viewerCan { action allowed code } } }`;

let stack: Stack;
let orgA: OrgFixture;
let orgB: OrgFixture;
let ci: CiTeam;
let otherCi: CiTeam;
let cycleId: string;
let normIds: string[];
let foreignNormId: string;
const s = {} as Record<
  'officer' | 'internalAuditor' | 'viewer' | 'lead' | 'co' | 'manager' | 'sector' | 'otherOfficer' | 'unassigned' | 'otherLead' | 'otherManager',
  GqlSession
>;
const conn = () => stack.orm.em.fork().getConnection();
const place = (phase: string, step: string | null) => placeCycle(conn(), cycleId, phase, step);

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

const slot = (over: Record<string, unknown> = {}) => ({
  day: 1,
  startTime: '09:00',
  endTime: '10:00',
  group: 'SOCIAL_WORKERS',
  participants: 'Team Noord',
  normIds: [normIds[0]],
  auditorIds: [ci.lead.id],
  ...over,
});
const saveInput = (slots: Record<string, unknown>[], over: Record<string, unknown> = {}) => ({ clientMutationId: mutationId(), cycleId, slots, ...over });

async function programmeRow(): Promise<unknown> {
  const rows = await conn().execute(`select slots, saved_by_id, updated_at, confirmed_by_id, confirmed_at from audit_programme where cycle_id = ?`, [cycleId]);
  return rows[0] ?? null;
}

/** A refusal with this code and field, that left the programme as it was. */
async function refused(who: GqlSession, query: string, i: Record<string, unknown>, code: string, field?: string) {
  const before = await programmeRow();
  const r = await who.request(query, { i });
  expect(r.errors).toHaveLength(1);
  expect({ code: r.errors![0].extensions.code, field: r.errors![0].extensions.field }).toEqual({ code, field });
  expect(r.data).toBeNull();
  expect(await programmeRow()).toEqual(before);
  return r.errors![0];
}

beforeAll(async () => {
  stack = await startStack();
  const em = stack.orm.em.fork();
  [orgA, orgB] = [await createOrganisation(em, 'Programma A'), await createOrganisation(em, 'Programma B')];
  [ci, otherCi] = [await createCiTeam(em), await createCiTeam(em)];
  const framework = await createFramework(em, longRules());
  normIds = framework.normIds;
  foreignNormId = (await createFramework(em, longRules())).normIds[0];
  Object.assign(s, {
    officer: await session(orgA.officer),
    internalAuditor: await session(orgA.internalAuditor),
    viewer: await session(orgA.viewer),
    lead: await session(ci.lead.email),
    co: await session(ci.co.email),
    manager: await session(ci.manager.email),
    sector: await session('secretariaat@swn.demo', DEMO_PASSWORD),
    otherOfficer: await session(orgB.officer),
    unassigned: await session(ci.unassigned.email),
    otherLead: await session(otherCi.lead.email),
    otherManager: await session(otherCi.manager.email),
  });
  cycleId = (await s.officer.ok(START_CYCLE, { i: startInput(framework.version.id) })).startCycle.id;
  // Engaged and assigned, as acceptEngagement leaves it: one and a half audit days.
  await assignTeam(conn(), cycleId, ci);
});
afterAll(() => stack?.stop());

describe('before the programme window', () => {
  it('has no programme, and the lead auditor cannot plan one yet', async () => {
    await place('EXTERNAL_AUDIT', 'ENGAGEMENT_REQUESTED');
    expect((await s.officer.ok(READ, { id: cycleId })).auditProgramme).toBeNull();
    const err = await refused(s.lead, SAVE, saveInput([slot()]), 'WRONG_PHASE');
    expect(err.message).toBe(
      'The audit programme can be planned only in EXTERNAL_AUDIT (SCHEDULING or DATES_PROPOSED or AUDITING); this cycle is in EXTERNAL_AUDIT (ENGAGEMENT_REQUESTED).',
    );
    await refused(s.officer, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'WRONG_PHASE');
  });
});

describe('planning (EXTERNAL_AUDIT, SCHEDULING)', () => {
  beforeAll(() => place('EXTERNAL_AUDIT', 'SCHEDULING'));

  it('refuses an empty programme to the organisation before anything is planned', async () => {
    const err = await refused(s.officer, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'INCOMPLETE');
    expect(err.message).toMatch(/no interview slots/);
  });

  it('the lead auditor saves the slots: sorted by day and time, with their norms and auditors, and what is not covered', async () => {
    const { saveAuditProgramme: p } = await s.lead.ok(SAVE, {
      i: saveInput([
        slot({ day: 2, group: 'OTHER', groupLabel: ' Gemeente ', participants: null, headCount: 2, normIds: [normIds[2]], auditorIds: [] }),
        slot({ startTime: '10:00', endTime: '11:30', group: 'CLIENT_COUNCIL', participants: 'Voorzitter, secretaris', headCount: 2, normIds: [normIds[1], normIds[0]], auditorIds: [ci.lead.id, ci.co.id] }),
        slot({ group: 'MANAGEMENT_BOARD', groupLabel: 'ignored', auditorIds: [ci.co.id], normIds: [] }),
      ]),
    });
    expect(p).toMatchObject({ cycleId, savedByName: ci.lead.name, confirmedAt: null, confirmedByName: null });
    expect(p.slots.map((x: { day: number; startTime: string; group: string }) => [x.day, x.startTime, x.group])).toEqual([
      [1, '09:00', 'MANAGEMENT_BOARD'],
      [1, '10:00', 'CLIENT_COUNCIL'],
      [2, '09:00', 'OTHER'],
    ]);
    expect(p.slots[0].groupLabel).toBeNull();
    expect(p.slots[1]).toMatchObject({ participants: 'Voorzitter, secretaris', headCount: 2, normIds: [normIds[1], normIds[0]] });
    // Norms in the framework's order; the auditors as people.
    expect(p.slots[1].norms.map((n: { code: string }) => n.code)).toEqual(['T-1', 'T-2']);
    expect(p.slots[1].auditors.map((a: { name: string }) => a.name).sort()).toEqual([ci.lead.name, ci.co.name].sort());
    expect(p.slots[2]).toMatchObject({ groupLabel: 'Gemeente', participants: null, headCount: 2, auditorIds: [], auditors: [] });
    expect(p.uncoveredNorms).toEqual([]);
  });

  it('every party that may see the cycle reads the programme', async () => {
    for (const who of [s.officer, s.internalAuditor, s.viewer, s.lead, s.co, s.manager, s.sector]) {
      const { auditProgramme } = await who.ok(READ, { id: cycleId });
      expect(auditProgramme.slots).toHaveLength(3);
    }
  });

  it('another party gets NOT_FOUND, as for a cycle of nothing; a malformed ID is bad input', async () => {
    for (const who of [s.otherOfficer, s.unassigned, s.otherLead, s.otherManager]) {
      for (const id of [cycleId, randomUUID()]) {
        const r = await who.request(READ, { id });
        expect({ data: r.data, errors: r.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) }).toEqual({
          data: { auditProgramme: null },
          errors: [{ message: 'Cycle was not found.', extensions: { code: 'NOT_FOUND' } }],
        });
      }
      await refused(who, who === s.otherOfficer ? CONFIRM : SAVE, who === s.otherOfficer ? { clientMutationId: mutationId(), cycleId } : saveInput([slot()]), who === s.otherManager ? 'NOT_ALLOWED' : 'NOT_FOUND');
    }
    const malformed = await s.officer.request(READ, { id: 'not-an-id' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });

  it('only the lead auditor plans, only the quality officer confirms', async () => {
    expect((await refused(s.co, SAVE, saveInput([slot()]), 'NOT_ALLOWED')).message).toBe('Only the lead auditor may do this.');
    expect((await refused(s.manager, SAVE, saveInput([slot()]), 'NOT_ALLOWED')).message).toBe('Your role does not allow this.');
    expect((await refused(s.officer, SAVE, saveInput([slot()]), 'NOT_ALLOWED')).message).toBe('Your role does not allow this.');
    expect((await refused(s.internalAuditor, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'NOT_ALLOWED')).message).toBe('Your role does not allow this.');
    expect((await refused(s.lead, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'NOT_ALLOWED')).message).toBe('Your role does not allow this.');
    const can = async (who: GqlSession) =>
      Object.fromEntries(
        (await who.ok(VIEWER_CAN, { id: cycleId })).cycle.viewerCan
          .filter((p: { action: string }) => p.action.startsWith('AUDIT_PROGRAMME'))
          .map((p: { action: string; allowed: boolean; code: string | null }) => [p.action, p.allowed || p.code]),
      );
    expect(await can(s.lead)).toEqual({ AUDIT_PROGRAMME: true, AUDIT_PROGRAMME_CONFIRMATION: 'NOT_ALLOWED' });
    expect(await can(s.co)).toEqual({ AUDIT_PROGRAMME: 'NOT_ALLOWED', AUDIT_PROGRAMME_CONFIRMATION: 'NOT_ALLOWED' });
    expect(await can(s.officer)).toEqual({ AUDIT_PROGRAMME: 'NOT_ALLOWED', AUDIT_PROGRAMME_CONFIRMATION: true });
  });

  it.each([
    ['a day beyond the audit days', () => [slot(), slot({ day: 3 })], 'slots.1.day'],
    ['day 0', () => [slot({ day: 0 })], 'slots.0.day'],
    ['an end before the start', () => [slot({ startTime: '10:00', endTime: '09:30' })], 'slots.0.endTime'],
    ['an end at the start', () => [slot({ startTime: '10:00', endTime: '10:00' })], 'slots.0.endTime'],
    ['a time that is no time', () => [slot({ startTime: '9 uur' })], 'slots.0.startTime'],
    ['overlapping slots of one auditor', () => [slot({ auditorIds: [ci.co.id, ci.lead.id] }), slot({ startTime: '09:45', endTime: '10:15', group: 'VOLUNTEERS' })], 'slots.1.startTime'],
    ['OTHER without a label', () => [slot({ group: 'OTHER' })], 'slots.0.groupLabel'],
    ['no participants and no number', () => [slot({ participants: ' ' })], 'slots.0.participants'],
    ['a number of nobody', () => [slot({ headCount: 0 })], 'slots.0.headCount'],
    ['a norm named twice', () => [slot({ normIds: [normIds[0], normIds[0]] })], 'slots.0.normIds'],
    ["a norm of another framework version", () => [slot(), slot({ day: 2, normIds: [foreignNormId] })], 'slots.1.normIds'],
    ['an auditor of the institution who is not on the cycle', () => [slot({ auditorIds: [ci.unassigned.id] })], 'slots.0.auditorIds'],
  ] as const)('refuses %s with BAD_USER_INPUT naming the slot field', async (_label, slots, field) => {
    await refused(s.lead, SAVE, saveInput(slots()), 'BAD_USER_INPUT', field);
  });

  it('an unknown norm, or an auditor the lead may not see, is NOT_FOUND naming the slot field', async () => {
    expect((await refused(s.lead, SAVE, saveInput([slot({ normIds: [randomUUID()] })]), 'NOT_FOUND', 'slots.0.normIds')).message).toBe('Norm was not found.');
    expect((await refused(s.lead, SAVE, saveInput([slot(), slot({ day: 2, auditorIds: [otherCi.lead.id] })]), 'NOT_FOUND', 'slots.1.auditorIds')).message).toBe('Auditor was not found.');
    // Found before any rule is judged: the wrong day does not speak about it.
    await refused(s.lead, SAVE, saveInput([slot({ day: 9, auditorIds: [otherCi.lead.id] })]), 'NOT_FOUND', 'slots.0.auditorIds');
    // The shape of the slots comes first of all, as for every input.
    await refused(s.lead, SAVE, saveInput([slot({ endTime: '08:00', normIds: [randomUUID()] })]), 'BAD_USER_INPUT', 'slots.0.endTime');
    await refused(s.lead, SAVE, saveInput([slot({ normIds: ['not-an-id'] })]), 'BAD_USER_INPUT', 'slots.0.normIds');
  });
});

describe('confirming (EXTERNAL_AUDIT, DATES_PROPOSED and AUDITING)', () => {
  it('the quality officer confirms; the confirmation stays on a repeat', async () => {
    await place('EXTERNAL_AUDIT', 'DATES_PROPOSED');
    const { confirmAuditProgramme: p } = await s.officer.ok(CONFIRM, { i: { clientMutationId: mutationId(), cycleId } });
    expect(p.confirmedByName).toMatch(/ORG_QUALITY_OFFICER/);
    expect(p.confirmedAt).not.toBeNull();
    const again = (await s.officer.ok(CONFIRM, { i: { clientMutationId: mutationId(), cycleId } })).confirmAuditProgramme;
    expect(again.confirmedAt).toBe(p.confirmedAt);
    expect((await s.lead.ok(READ, { id: cycleId })).auditProgramme.confirmedAt).toBe(p.confirmedAt);
  });

  it('saving again replaces the slots and asks for a new confirmation; a retry changes nothing', async () => {
    await place('EXTERNAL_AUDIT', 'AUDITING');
    const i = saveInput([slot({ normIds: [normIds[0], normIds[2]], headCount: 5 })]);
    const { saveAuditProgramme: p } = await s.lead.ok(SAVE, { i });
    expect(p).toMatchObject({ confirmedAt: null, confirmedByName: null });
    expect(p.slots).toHaveLength(1);
    expect(p.uncoveredNorms.map((n: { code: string }) => n.code)).toEqual(['T-2']);
    const before = await programmeRow();
    const retried = (await s.lead.ok(SAVE, { i: { ...i, slots: [slot({ day: 2 })] } })).saveAuditProgramme;
    expect(retried.slots).toEqual(p.slots);
    expect(await programmeRow()).toEqual(before);
  });

  it('an emptied programme cannot be confirmed', async () => {
    const { saveAuditProgramme: p } = await s.lead.ok(SAVE, { i: saveInput([]) });
    expect(p.slots).toEqual([]);
    expect(p.uncoveredNorms).toHaveLength(3);
    await refused(s.officer, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'INCOMPLETE');
  });

  it('closes with the draft report', async () => {
    await s.lead.ok(SAVE, { i: saveInput([slot()]) });
    await place('EXTERNAL_AUDIT', 'AWAITING_REPLY');
    await refused(s.lead, SAVE, saveInput([slot()]), 'WRONG_PHASE');
    await refused(s.officer, CONFIRM, { clientMutationId: mutationId(), cycleId }, 'WRONG_PHASE');
    // Still read as it was planned.
    expect((await s.officer.ok(READ, { id: cycleId })).auditProgramme.slots).toHaveLength(1);
  });
});
