import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { inDays } from '../support/dates';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, runAs } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * Learning sessions through GraphQL and PostgreSQL: the learning coordinator plans a session or central
 * training, from an agenda theme (which then shows as planned) or not, with people of the organisation; after
 * its day they record who attended, and each attendee has the session's hours as learning time of their own,
 * exactly once however often attendance is recorded or retried. A professional reads the sessions they take
 * part in; another organisation reaches none of it; a person's deletion of their learning data takes their
 * part with it. Each refusal names its code and field and changes nothing.
 */

const SESSION_FIELDS = `id title kind date hours attendanceRecordedAt participantCount viewerAttended theme { id title status } team { id name } participants { person { id name } attended }`;
const PLAN = `mutation($i: PlanLearningSessionInput!) { planLearningSession(input: $i) { ${SESSION_FIELDS} } }`;
const RECORD = `mutation($i: RecordLearningSessionAttendanceInput!) { recordLearningSessionAttendance(input: $i) { ${SESSION_FIELDS} } }`;
const SESSIONS = `query($first: Int, $after: String) { learningSessions(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title viewerAttended participants { person { id } attended } } } }`;
const PROPOSE = `mutation($i: ProposeLearningThemeInput!) { proposeLearningTheme(input: $i) { id } }`;
const MY_TIME = `query { learningTime(first: 100) { nodes { id date hours kind theme } } }`;

let stack: Stack;
let org: OrgFixture;
let coordinator: GqlSession;
let officer: GqlSession;
let pro: GqlSession;
let colleague: GqlSession;
let outsider: GqlSession;
let strangerCoordinator: GqlSession;
let auditor: GqlSession;
let ids: { pro: string; colleague: string; outsider: string; stranger: string; coordinator: string };
let foreignThemeId: string;
let foreignTeamId: string;

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);
const run = runAs;
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

const snapshot = async () =>
  (
    await sql(`select
      (select md5(coalesce(string_agg(id::text || title || kind || date || hours || coalesce(theme_id::text, '-') || coalesce(team_id::text, '-') || coalesce(attendance_recorded_at::text, '-'), ',' order by id), '')) from learning_session) as sessions,
      (select md5(coalesce(string_agg(session_id::text || person_id::text || attended, ',' order by session_id, person_id), '')) from learning_session_participant) as participants,
      (select md5(coalesce(string_agg(id::text || hours || kind || coalesce(session_id::text, '-'), ',' order by id), '')) from learning_entry) as entries,
      (select md5(coalesce(string_agg(id::text || status, ',' order by id), '')) from learning_theme) as themes`)
  )[0];
const expectRefused = refusalCheck(snapshot);
const sessionEntries = async (sessionId: string) =>
  (await sql(`select person_id, hours::float as hours, kind, date::text as date from learning_entry where session_id = ? order by person_id`, [sessionId])) as { person_id: string; hours: number; kind: string; date: string }[];

beforeAll(async () => {
  stack = await startStack({ worker: false });
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Sessies'), await createOrganisation(stack.orm.em.fork(), 'Sessies elders')];
  const add = (o: OrgFixture, role: Role) => addOrganisationMember(stack.orm.em.fork(), o.organisation, role);
  const [lc, p, c, x, sc] = [
    await add(org, Role.ORG_LEARNING_COORDINATOR),
    await add(org, Role.ORG_PROFESSIONAL),
    await add(org, Role.ORG_PROFESSIONAL),
    await add(org, Role.ORG_TEAM_LEAD),
    await add(other, Role.ORG_LEARNING_COORDINATOR),
  ];
  ids = { coordinator: lc.id, pro: p.id, colleague: c.id, outsider: x.id, stranger: sc.id };
  [coordinator, officer, pro, colleague, outsider, strangerCoordinator, auditor] = await Promise.all([
    login(lc.email),
    login(org.officer),
    login(p.email),
    login(c.email),
    login(x.email),
    login(sc.email),
    login(await createCiAuditor(stack.orm.em.fork())),
  ]);
  foreignThemeId = (await run(strangerCoordinator, PROPOSE, { title: 'Elders' })).proposeLearningTheme.id;
  const otherOfficer = await login(other.officer);
  foreignTeamId = (await run(otherOfficer, `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`, { name: 'Elders', memberIds: [sc.id] })).saveTeam.id;
});
afterAll(async () => {
  await stack?.stop();
});

describe('planning a session from the agenda', () => {
  let themeId: string;
  let sessionId: string;

  it('the coordinator plans a session from a theme; the theme shows as planned on the agenda', async () => {
    themeId = (await run(pro, PROPOSE, { title: 'Feedback geven' })).proposeLearningTheme.id;
    const made = (
      await run(coordinator, PLAN, { themeId, title: ' Feedbacksessie ', kind: 'SESSION', date: inDays(14), hours: 2.5, participantIds: [ids.pro, ids.colleague, ids.pro] })
    ).planLearningSession;
    sessionId = made.id;
    expect(made).toMatchObject({ title: 'Feedbacksessie', kind: 'SESSION', date: inDays(14), hours: 2.5, attendanceRecordedAt: null, participantCount: 2, viewerAttended: null, theme: { id: themeId, status: 'PLANNED' }, team: null });
    expect(made.participants.map((p: { person: { id: string }; attended: boolean }) => [p.person.id, p.attended]).sort()).toEqual([[ids.colleague, false], [ids.pro, false]].sort());
    const agenda = (await colleague.ok(`{ learningThemes(first: 100) { nodes { id status } } }`)).learningThemes.nodes;
    expect(agenda.find((t: { id: string }) => t.id === themeId)).toEqual({ id: themeId, status: 'PLANNED' });
  });

  it('the coordinator and the officer read every session; a professional only those they take part in, and only themselves in it', async () => {
    for (const who of [coordinator, officer]) {
      const page = (await who.ok(SESSIONS, { first: 100 })).learningSessions;
      expect(page.nodes.find((n: { id: string }) => n.id === sessionId).participants).toHaveLength(2);
    }
    const mine = (await pro.ok(SESSIONS)).learningSessions;
    expect(mine).toMatchObject({ totalCount: 1, nodes: [{ id: sessionId, viewerAttended: false, participants: [{ person: { id: ids.pro }, attended: false }] }] });
    expect((await outsider.ok(SESSIONS)).learningSessions).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await strangerCoordinator.ok(SESSIONS)).learningSessions).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('attendance before the day of the session is refused: WRONG_PHASE', async () => {
    await expectRefused(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro] }, { code: 'WRONG_PHASE', field: 'sessionId', message: /record who attended from that day on/ });
  });

  it('a session for a team takes its people when none are named', async () => {
    const teamId = (await run(officer, `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`, { name: 'Wijkteam Sessies', memberIds: [ids.pro, ids.outsider] })).saveTeam.id;
    const made = (await run(coordinator, PLAN, { title: 'Centrale training', kind: 'CENTRAL_TRAINING', date: inDays(30), hours: 6, teamId })).planLearningSession;
    expect(made).toMatchObject({ team: { id: teamId, name: 'Wijkteam Sessies' }, theme: null, participantCount: 2 });
    expect(made.participants.map((p: { person: { id: string } }) => p.person.id).sort()).toEqual([ids.pro, ids.outsider].sort());
  });
});

describe('recording attendance', () => {
  let sessionId: string;
  let themeTitle: string;

  beforeAll(async () => {
    themeTitle = 'Motiverende gespreksvoering';
    const themeId = (await run(colleague, PROPOSE, { title: themeTitle })).proposeLearningTheme.id;
    // A training that took place: planned afterwards, its attendance recorded at once.
    sessionId = (await run(coordinator, PLAN, { themeId, title: 'MGV-training', kind: 'CENTRAL_TRAINING', date: inDays(-3), hours: 3.25, participantIds: [ids.pro, ids.colleague, ids.outsider] }))
      .planLearningSession.id;
  });

  it("each attendee gets the session's hours, kind and theme as learning time of their own", async () => {
    const recorded = (await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.colleague] })).recordLearningSessionAttendance;
    expect(recorded.attendanceRecordedAt).toEqual(expect.any(String));
    expect(recorded.participants.filter((p: { attended: boolean }) => p.attended).map((p: { person: { id: string } }) => p.person.id).sort()).toEqual([ids.pro, ids.colleague].sort());
    expect(await sessionEntries(sessionId)).toEqual(
      [ids.pro, ids.colleague].sort().map((person_id) => ({ person_id, hours: 3.25, kind: 'TRAINING', date: inDays(-3) })),
    );
    const own = (await pro.ok(MY_TIME)).learningTime.nodes;
    expect(own).toEqual(expect.arrayContaining([expect.objectContaining({ date: inDays(-3), hours: 3.25, kind: 'TRAINING', theme: themeTitle })]));
    expect((await pro.ok(SESSIONS)).learningSessions.nodes.find((n: { id: string }) => n.id === sessionId)).toMatchObject({ viewerAttended: true });
  });

  it('a retry, a second recording and two at the same moment give nobody a second entry', async () => {
    const i = { clientMutationId: mutationId(), sessionId, attendeeIds: [ids.pro, ids.colleague] };
    await coordinator.ok(RECORD, { i });
    await coordinator.ok(RECORD, { i });
    await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.colleague, ids.pro, ids.pro] });
    await Promise.all([run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.colleague] }), run(officer, RECORD, { sessionId, attendeeIds: [ids.pro, ids.colleague] })]);
    expect((await sessionEntries(sessionId)).map((e) => e.person_id)).toEqual([ids.pro, ids.colleague].sort());
  });

  it('an attendee left out loses the entry; added again, they have one again', async () => {
    await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro] });
    expect((await sessionEntries(sessionId)).map((e) => e.person_id)).toEqual([ids.pro]);
    expect((await colleague.ok(MY_TIME)).learningTime.nodes.filter((n: { theme: string }) => n.theme === themeTitle)).toEqual([]);
    await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.outsider] });
    expect((await sessionEntries(sessionId)).map((e) => e.person_id)).toEqual([ids.pro, ids.outsider].sort());
    await run(coordinator, RECORD, { sessionId, attendeeIds: [] });
    expect(await sessionEntries(sessionId)).toEqual([]);
    await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.colleague] });
  });

  it('refuses an attendee who does not take part, and reaches no session of another organisation', async () => {
    await expectRefused(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.coordinator] }, { code: 'NOT_FOUND', field: 'attendeeIds', message: /^Participant was not found\.$/ });
    await expectRefused(coordinator, RECORD, { sessionId, attendeeIds: [ids.stranger] }, { code: 'NOT_FOUND', field: 'attendeeIds' });
    await expectRefused(coordinator, RECORD, { sessionId, attendeeIds: ['nope'] }, { code: 'BAD_USER_INPUT', field: 'attendeeIds' });
    await expectRefused(strangerCoordinator, RECORD, { sessionId, attendeeIds: [] }, { code: 'NOT_FOUND', message: /^Learning session was not found\.$/ });
    await expectRefused(coordinator, RECORD, { sessionId: randomUUID(), attendeeIds: [] }, { code: 'NOT_FOUND', message: /^Learning session was not found\.$/ });
    await expectRefused(pro, RECORD, { sessionId, attendeeIds: [ids.pro] }, { code: 'NOT_ALLOWED' });
  });

  it("a person who deletes their learning data takes their part in sessions with it; the export held it before", async () => {
    const EXPORT = `query { exportMyLearningData { json } }`;
    const exported = JSON.parse((await colleague.ok(EXPORT)).exportMyLearningData.json);
    expect(exported.learningSessions).toEqual(expect.arrayContaining([{ sessionId, title: 'MGV-training', kind: 'CENTRAL_TRAINING', date: inDays(-3), hours: 3.25, attended: true }]));
    const i = { clientMutationId: mutationId(), confirm: true };
    const deleted = (await colleague.ok(`mutation($i: DeleteMyLearningDataInput!) { deleteMyLearningData(input: $i) { entries sessions } }`, { i })).deleteMyLearningData;
    // The colleague took part in two sessions (the first one planned above) and attended this one.
    expect(deleted).toEqual({ entries: 1, sessions: 2 });
    expect((await sessionEntries(sessionId)).map((e) => e.person_id)).toEqual([ids.pro]);
    expect(await sql(`select count(*)::int as n from learning_session_participant where person_id = ?`, [ids.colleague])).toEqual([{ n: 0 }]);
    expect((await colleague.ok(SESSIONS)).learningSessions.totalCount).toBe(0);
    // Recording again cannot give the learning time back: the person is no longer a participant.
    await expectRefused(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro, ids.colleague] }, { code: 'NOT_FOUND', field: 'attendeeIds' });
    await run(coordinator, RECORD, { sessionId, attendeeIds: [ids.pro] });
    expect((await sessionEntries(sessionId)).map((e) => e.person_id)).toEqual([ids.pro]);
  });
});

describe('refusals of planning', () => {
  const valid = () => ({ title: 'Sessie', kind: 'SESSION', date: inDays(7), hours: 2, participantIds: [ids.pro] });

  it('refuses bad input naming the field, and changes nothing', async () => {
    await expectRefused(coordinator, PLAN, { ...valid(), title: '  ' }, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(coordinator, PLAN, { ...valid(), title: 'x'.repeat(201) }, { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(coordinator, PLAN, { ...valid(), date: inDays(400) }, { code: 'BAD_USER_INPUT', field: 'date', message: /at most a year ahead/ });
    await expectRefused(coordinator, PLAN, { ...valid(), date: '1999-12-31' }, { code: 'BAD_USER_INPUT', field: 'date' });
    await expectRefused(coordinator, PLAN, { ...valid(), date: '2026-02-30' }, { code: 'BAD_USER_INPUT', field: 'date' });
    await expectRefused(coordinator, PLAN, { ...valid(), hours: -1 }, { code: 'BAD_USER_INPUT', field: 'hours' });
    await expectRefused(coordinator, PLAN, { ...valid(), hours: 0 }, { code: 'BAD_USER_INPUT', field: 'hours' });
    await expectRefused(coordinator, PLAN, { ...valid(), hours: 24.25 }, { code: 'BAD_USER_INPUT', field: 'hours' });
    await expectRefused(coordinator, PLAN, { ...valid(), hours: 1.1 }, { code: 'BAD_USER_INPUT', field: 'hours', message: /quarters/ });
    await expectRefused(coordinator, PLAN, { ...valid(), participantIds: [] }, { code: 'BAD_USER_INPUT', field: 'participantIds' });
    await expectRefused(coordinator, PLAN, { ...valid(), participantIds: ['nope'] }, { code: 'BAD_USER_INPUT', field: 'participantIds' });
    await expectRefused(coordinator, PLAN, { ...valid(), themeId: 'nope' }, { code: 'BAD_USER_INPUT', field: 'themeId' });
  });

  it('a person, theme or team of another organisation is not found, as one of nothing', async () => {
    await expectRefused(coordinator, PLAN, { ...valid(), participantIds: [ids.pro, ids.stranger] }, { code: 'NOT_FOUND', field: 'participantIds', message: /^Person was not found\.$/ });
    await expectRefused(coordinator, PLAN, { ...valid(), participantIds: [randomUUID()] }, { code: 'NOT_FOUND', field: 'participantIds' });
    await expectRefused(coordinator, PLAN, { ...valid(), themeId: foreignThemeId }, { code: 'NOT_FOUND', field: 'themeId', message: /^Learning theme was not found\.$/ });
    await expectRefused(coordinator, PLAN, { ...valid(), themeId: randomUUID() }, { code: 'NOT_FOUND', field: 'themeId' });
    await expectRefused(coordinator, PLAN, { ...valid(), teamId: foreignTeamId }, { code: 'NOT_FOUND', field: 'teamId', message: /^Team was not found\.$/ });
  });

  it('only the learning coordinator and the quality officer plan; other parties have no sessions', async () => {
    for (const who of [pro, outsider]) await expectRefused(who, PLAN, valid(), { code: 'NOT_ALLOWED' });
    await expectRefused(auditor, PLAN, valid(), { code: 'NOT_ALLOWED' });
    expect((await auditor.request(SESSIONS)).errors?.map((e) => e.extensions.code)).toEqual(['NOT_ALLOWED']);
    expect((await run(officer, PLAN, valid())).planLearningSession).toMatchObject({ participantCount: 1 });
  });

  it('pages through the sessions newest day first, and refuses a forged cursor naming after', async () => {
    const all = (await coordinator.ok(SESSIONS, { first: 100 })).learningSessions;
    const first = (await coordinator.ok(SESSIONS, { first: 2 })).learningSessions;
    const rest = (await coordinator.ok(SESSIONS, { first: 100, after: first.pageInfo.endCursor })).learningSessions;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.nodes, ...rest.nodes].map((n: { id: string }) => n.id)).toEqual(all.nodes.map((n: { id: string }) => n.id));
    expect(all.totalCount).toBe(all.nodes.length);
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['x', randomUUID()])).toString('base64url')]) {
      expect((await coordinator.request(SESSIONS, { after })).errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'after' }]);
    }
  });

  it('a retry of planning with the same clientMutationId plans once', async () => {
    const i = { clientMutationId: mutationId(), ...valid(), title: 'Eenmalig' };
    const [a, b] = [(await coordinator.ok(PLAN, { i })).planLearningSession, (await coordinator.ok(PLAN, { i })).planLearningSession];
    expect(b.id).toBe(a.id);
    expect(await sql(`select count(*)::int as n from learning_session where title = 'Eenmalig'`)).toEqual([{ n: 1 }]);
  });
});
