import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { inDays } from '../support/dates';
import { GqlSession } from '../support/gql';
import { runForId, signedIn } from '../support/peer-session';
import { mutationId } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * The visits of a peer group through GraphQL and PostgreSQL: in a formed group of three each organisation is
 * visited once, by a pair of trained peer auditors of the other two, and confirms its own visit. Every rule
 * refuses with its reason and field and changes nothing; a party outside the group finds nothing.
 */

const VISIT_FIELDS = 'id date status peerGroupId visitedOrganisationId visitedOrganisationName plannedByName plannedAt confirmedByName confirmedAt auditors { id name organisationId }';
const PLAN = `mutation($i: PlanPeerVisitInput!) { planPeerVisit(input: $i) { ${VISIT_FIELDS} } }`;
const REPLAN = `mutation($i: ReplanPeerVisitInput!) { replanPeerVisit(input: $i) { ${VISIT_FIELDS} } }`;
const CONFIRM = `mutation($i: ConfirmPeerVisitInput!) { confirmPeerVisit(input: $i) { ${VISIT_FIELDS} } }`;
const GROUP = `query($id: ID!) { peerGroup(id: $id) { id visits { ${VISIT_FIELDS} } peerAuditors { id organisationId trainingStatus } } }`;
const MINE = `{ myPeerVisits { ${VISIT_FIELDS} } }`;

interface Member {
  fixture: OrgFixture;
  officer: GqlSession;
  /** Two trained peer auditors: the internal auditor (who also signs in) and the viewer. */
  auditors: [string, string];
  auditorSession: GqlSession;
}

let stack: Stack;
let admin: GqlSession;
let ciAuditor: GqlSession;
const m: Record<string, Member> = {};
let groupId: string;
let otherGroupId: string;
let proposedGroupId: string;
let untrainedId: string;
let expiredId: string;
let expiringId: string;

const login = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);
const run = runForId;

const userId = async (email: string) => (await stack.orm.em.fork().getConnection().execute(`select id from app_user where email = ?`, [email]))[0].id as string;

async function auditor(officer: GqlSession, personId: string, trainedOn: string | null): Promise<string> {
  const id = await run(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId });
  if (trainedOn) await run(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: id, trainedOn, provider: 'Opleider' });
  return id;
}

async function member(key: string): Promise<Member> {
  const fixture = await createOrganisation(stack.orm.em.fork(), `Bezoek ${key.toUpperCase()}`);
  const officer = await login(fixture.officer);
  return {
    fixture,
    officer,
    auditors: [await auditor(officer, await userId(fixture.internalAuditor), inDays(-10)), await auditor(officer, await userId(fixture.viewer), inDays(-10))],
    auditorSession: await login(fixture.internalAuditor),
  };
}

/** Signs the members up (partners known when proposed) and forms or proposes their group. */
async function groupOf(keys: string[], how: 'form' | 'propose'): Promise<string> {
  const signUp = (key: string) =>
    run(m[key].officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: 'Bezoek', partnersKnown: how === 'propose' });
  const ids = [];
  for (const key of keys) ids.push(await signUp(key));
  if (how === 'form') return run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds: ids });
  return run(m[keys[0]].officer, 'proposePeerGroup', 'ProposePeerGroupInput', { partnerSignUpIds: ids.slice(1) });
}

const snapshot = async () =>
  (
    await stack.orm.em
      .fork()
      .getConnection()
      .execute(`select md5(coalesce(string_agg(id::text || date::text || status::text || first_auditor_id::text || second_auditor_id::text, ',' order by id), '')) as d from peer_visit`)
  )[0];

const expectRefused = refusalCheck(snapshot);

const plan = (over: Record<string, unknown>) => ({ peerGroupId: groupId, organisationId: m.a.fixture.organisation.id, date: inDays(20), peerAuditorIds: [m.b.auditors[0], m.c.auditors[0]], ...over });

beforeAll(async () => {
  stack = await startStack({ worker: false });
  [admin, ciAuditor] = await Promise.all([login('secretariaat@swn.demo', 'demo-wachtwoord'), createCiAuditor(stack.orm.em.fork()).then((email) => login(email))]);
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'x']) m[key] = await member(key);
  groupId = await groupOf(['a', 'b', 'c'], 'form');
  otherGroupId = await groupOf(['d', 'e', 'f'], 'form');
  proposedGroupId = await groupOf(['g', 'h', 'i'], 'propose');
  const em = stack.orm.em.fork();
  untrainedId = await auditor(m.a.officer, (await addOrganisationMember(em, m.a.fixture.organisation, Role.ORG_VIEWER)).id, null);
  // Trained long ago: 24 months (the placeholder rule) have passed.
  expiredId = await auditor(m.a.officer, (await addOrganisationMember(em, m.a.fixture.organisation, Role.ORG_VIEWER)).id, inDays(-800));
  // Trained 720 days ago: it counts today, and no longer 20 days from now (the day the visits below are planned).
  expiringId = await auditor(m.a.officer, (await addOrganisationMember(em, m.a.fixture.organisation, Role.ORG_VIEWER)).id, inDays(-720));
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('refusals when planning', () => {
  it.each([
    ['a day that has passed', () => plan({ date: inDays(-1) }), 'BAD_USER_INPUT', 'date', /passed/],
    ['a date that is no date', () => plan({ date: '2027-02-30' }), 'BAD_USER_INPUT', 'date', undefined],
    ['the same auditor twice', () => plan({ peerAuditorIds: [m.b.auditors[0], m.b.auditors[0]] }), 'BAD_USER_INPUT', 'peerAuditorIds', /twice/],
    ['one auditor', () => plan({ peerAuditorIds: [m.b.auditors[0]] }), 'BAD_USER_INPUT', 'peerAuditorIds', /pair/],
    ['an auditor of the visited organisation', () => plan({ peerAuditorIds: [m.a.auditors[0], m.b.auditors[0]] }), 'BAD_USER_INPUT', 'peerAuditorIds', /works for the organisation visited/],
    ['an untrained auditor', () => plan({ organisationId: m.b.fixture.organisation.id, peerAuditorIds: [untrainedId, m.c.auditors[0]] }), 'BAD_USER_INPUT', 'peerAuditorIds', /no training/],
    ['a training that has expired on the day', () => plan({ organisationId: m.b.fixture.organisation.id, peerAuditorIds: [m.c.auditors[0], expiredId] }), 'BAD_USER_INPUT', 'peerAuditorIds', /no longer counts/],
    ['a training that counts today but not on the day of the visit', () => plan({ organisationId: m.b.fixture.organisation.id, peerAuditorIds: [expiringId, m.c.auditors[0]] }), 'BAD_USER_INPUT', 'peerAuditorIds', /no longer counts on/],
    ['an auditor of an organisation outside the group', () => plan({ peerAuditorIds: [m.b.auditors[0], m.d.auditors[0]] }), 'NOT_FOUND', 'peerAuditorIds', /^Peer auditor was not found\.$/],
    ['an auditor of nothing', () => plan({ peerAuditorIds: [m.b.auditors[0], randomUUID()] }), 'NOT_FOUND', 'peerAuditorIds', /^Peer auditor was not found\.$/],
    ['a visit to an organisation outside the group', () => plan({ organisationId: m.d.fixture.organisation.id, peerAuditorIds: [m.b.auditors[0], m.c.auditors[0]] }), 'NOT_FOUND', 'organisationId', /^Organisation was not found\.$/],
  ])('refuses %s', async (_what, input, code, field, message) => {
    await expectRefused(m.b.officer, PLAN, input(), { code, field, message });
  });

  it('names the auditor refused and why, so a screen can show it beside that auditor', async () => {
    const r = await m.b.officer.request(PLAN, { i: { clientMutationId: mutationId(), ...plan({ organisationId: m.b.fixture.organisation.id, peerAuditorIds: [m.c.auditors[0], expiringId] }) } });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'peerAuditorIds', peerAuditorId: expiringId, reason: 'TRAINING_EXPIRED' });
    const { peerGroup } = await m.b.officer.ok(GROUP, { id: groupId });
    expect(peerGroup.peerAuditors.find((p: { id: string }) => p.id === expiringId).trainingStatus).toBe('VALID');
  });

  it('refuses a group that is only proposed, and the member role that is not the quality officer', async () => {
    const g = { peerGroupId: proposedGroupId, organisationId: m.g.fixture.organisation.id, peerAuditorIds: [m.h.auditors[0], m.i.auditors[0]] };
    await expectRefused(m.h.officer, PLAN, plan(g), { code: 'WRONG_PHASE', message: /PROPOSED/ });
    await expectRefused(m.b.auditorSession, PLAN, plan({}), { code: 'NOT_ALLOWED' });
  });
});

const visits: Record<string, string> = {};

describe('a group of three plans its visits', () => {
  it('each organisation is visited once, by a pair from the other two; a retry plans nothing more', async () => {
    const i = { clientMutationId: mutationId(), ...plan({}) };
    const first = (await m.b.officer.ok(PLAN, { i })).planPeerVisit;
    expect((await m.b.officer.ok(PLAN, { i })).planPeerVisit.id).toBe(first.id);
    expect(first).toMatchObject({
      date: inDays(20),
      status: 'PLANNED',
      peerGroupId: groupId,
      visitedOrganisationId: m.a.fixture.organisation.id,
      visitedOrganisationName: m.a.fixture.organisation.name,
      plannedByName: expect.stringMatching(/ORG_QUALITY_OFFICER/),
      confirmedByName: null,
      confirmedAt: null,
      auditors: [
        { id: m.b.auditors[0], organisationId: m.b.fixture.organisation.id },
        { id: m.c.auditors[0], organisationId: m.c.fixture.organisation.id },
      ],
    });
    visits.a = first.id;
    visits.b = (await m.a.officer.ok(PLAN, { i: { clientMutationId: mutationId(), ...plan({ organisationId: m.b.fixture.organisation.id, date: inDays(21), peerAuditorIds: [m.a.auditors[0], m.c.auditors[1]] }) } })).planPeerVisit.id;
  });

  it('refuses a second visit of an organisation, and an auditor already on a visit that day', async () => {
    await expectRefused(m.c.officer, PLAN, plan({ peerAuditorIds: [m.b.auditors[1], m.c.auditors[1]] }), { code: 'CONFLICT', field: 'organisationId', message: /already has its visit/ });
    const c = { organisationId: m.c.fixture.organisation.id, date: inDays(20), peerAuditorIds: [m.a.auditors[1], m.b.auditors[0]] };
    await expectRefused(m.c.officer, PLAN, plan(c), { code: 'CONFLICT', field: 'peerAuditorIds', message: /already assigned to another visit on/ });
    // The unique key holds the rule too, whatever the service checked.
    await expect(
      stack.orm.em.fork().getConnection().execute(`insert into peer_visit (id, group_id, organisation_id, date, first_auditor_id, second_auditor_id, planned_by_id, planned_at)
        select gen_random_uuid(), group_id, organisation_id, date + 1, first_auditor_id, second_auditor_id, planned_by_id, now() from peer_visit where id = ?`, [visits.a]),
    ).rejects.toThrow(/peer_visit_group_id_organisation_id_unique/);
    visits.c = (await m.c.officer.ok(PLAN, { i: { clientMutationId: mutationId(), ...plan({ ...c, date: inDays(22) }) } })).planPeerVisit.id;
  });

  it('a visit is re-planned before it is confirmed, under the same rules', async () => {
    const replan = { peerVisitId: visits.c, date: inDays(21), peerAuditorIds: [m.a.auditors[1], m.b.auditors[1]] };
    await expectRefused(m.a.officer, REPLAN, { ...replan, peerAuditorIds: [m.a.auditors[0], m.b.auditors[1]] }, { code: 'CONFLICT', field: 'peerAuditorIds' });
    await expectRefused(m.a.officer, REPLAN, { ...replan, peerAuditorIds: [m.c.auditors[0], m.b.auditors[1]] }, { code: 'BAD_USER_INPUT', field: 'peerAuditorIds', message: /works for/ });
    await expectRefused(m.a.officer, REPLAN, { ...replan, date: inDays(-2) }, { code: 'BAD_USER_INPUT', field: 'date' });
    const { replanPeerVisit } = await m.a.officer.ok(REPLAN, { i: { clientMutationId: mutationId(), ...replan, date: inDays(23) } });
    expect(replanPeerVisit).toMatchObject({ id: visits.c, date: inDays(23), status: 'PLANNED', auditors: [{ id: m.a.auditors[1] }, { id: m.b.auditors[1] }] });
    expect(replanPeerVisit.plannedByName).toMatch(/ORG_QUALITY_OFFICER/);
  });

  it('only the visited organisation confirms; once confirmed the visit no longer changes', async () => {
    await expectRefused(m.b.officer, CONFIRM, { peerVisitId: visits.a }, { code: 'NOT_ALLOWED', message: /visited organisation/ });
    for (const key of ['a', 'b', 'c']) {
      const { confirmPeerVisit } = await m[key].officer.ok(CONFIRM, { i: { clientMutationId: mutationId(), peerVisitId: visits[key] } });
      expect(confirmPeerVisit).toMatchObject({ status: 'CONFIRMED', confirmedByName: expect.stringMatching(/ORG_QUALITY_OFFICER/), confirmedAt: expect.any(String) });
    }
    await expectRefused(m.a.officer, CONFIRM, { peerVisitId: visits.a }, { code: 'WRONG_PHASE', message: /confirmed already/ });
    await expectRefused(m.b.officer, REPLAN, { peerVisitId: visits.a, date: inDays(30), peerAuditorIds: [m.b.auditors[0], m.c.auditors[0]] }, { code: 'WRONG_PHASE' });
    const [row] = await stack.orm.em.fork().getConnection().execute(`select count(*)::int as n, count(*) filter (where status = 'CONFIRMED')::int as confirmed from peer_visit where group_id = ?`, [groupId]);
    expect(row).toEqual({ n: 3, confirmed: 3 });
  });
});

describe('who sees the visits', () => {
  it('the members and the sector body read them on the group, with the auditors of the members to choose from', async () => {
    for (const who of [m.a.officer, m.c.auditorSession, admin]) {
      const { peerGroup } = await who.ok(GROUP, { id: groupId });
      expect(peerGroup.visits.map((v: { id: string }) => v.id)).toEqual([visits.a, visits.b, visits.c]);
      const organisations = new Set(peerGroup.peerAuditors.map((p: { organisationId: string }) => p.organisationId));
      expect(organisations).toEqual(new Set(['a', 'b', 'c'].map((k) => m[k].fixture.organisation.id)));
    }
  });

  it('a peer auditor reads the visits assigned to them, and nobody else does', async () => {
    expect((await m.b.auditorSession.ok(MINE)).myPeerVisits.map((v: { id: string }) => v.id)).toEqual([visits.a]);
    expect((await m.a.auditorSession.ok(MINE)).myPeerVisits.map((v: { id: string }) => v.id)).toEqual([visits.b]);
    for (const who of [m.a.officer, admin, ciAuditor, m.d.auditorSession]) expect((await who.ok(MINE)).myPeerVisits).toEqual([]);
  });

  it('an institution, an organisation outside any group and a member of another group find nothing', async () => {
    for (const who of [ciAuditor, m.x.officer, m.d.officer]) {
      const r = await who.request(GROUP, { id: groupId });
      expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    for (const who of [m.x.officer, m.d.officer]) {
      await expectRefused(who, PLAN, plan({ organisationId: m.c.fixture.organisation.id }), { code: 'NOT_FOUND', message: /^Peer group was not found\.$/ });
      await expectRefused(who, CONFIRM, { peerVisitId: visits.a }, { code: 'NOT_FOUND', message: /^Peer visit was not found\.$/ });
      await expectRefused(who, REPLAN, { peerVisitId: visits.a, date: inDays(30), peerAuditorIds: m.e.auditors }, { code: 'NOT_FOUND', message: /^Peer visit was not found\.$/ });
    }
    await expectRefused(ciAuditor, PLAN, plan({}), { code: 'NOT_ALLOWED' });
    expect((await m.d.officer.ok(GROUP, { id: otherGroupId })).peerGroup.visits).toEqual([]);
  });
});
