import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { inDays, today } from '../support/dates';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, runAs } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * Teams, the room for learning and learning time through GraphQL and PostgreSQL: each refusal names its code
 * and field and changes nothing; a team's figures show only from the threshold of contributors on; a team
 * lead reads only their own teams and nobody reads another person's entries; another organisation reaches
 * nothing; every change of the norm is kept.
 */

const SAVE_TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id name archivedAt members { id name } } }`;
const ARCHIVE_TEAM = `mutation($i: ArchiveTeamInput!) { archiveTeam(input: $i) { id archivedAt } }`;
const SETTINGS = `mutation($i: SetLearningSettingsInput!) { updateLearningSettings(input: $i) { id normPercent minContributors } }`;
const BUDGET = `mutation($i: SetLearningBudgetInput!) { setLearningBudget(input: $i) { id year hours teamId personId } }`;
const CONTRACT = `mutation($i: SetContractHoursInput!) { setContractHours(input: $i) { id personId hoursPerWeek } }`;
const REGISTER = `mutation($i: RegisterLearningTimeInput!) { registerLearningTime(input: $i) { id date hours kind theme goal } }`;
const UPDATE = `mutation($i: UpdateLearningTimeInput!) { updateLearningTime(input: $i) { id hours kind } }`;
const DELETE = `mutation($i: DeleteLearningTimeInput!) { deleteLearningTime(input: $i) }`;
const NOTE = `mutation($i: SaveLearningContextNoteInput!) { saveLearningContextNote(input: $i) { id month text } }`;
const OVERVIEW = `query($t: ID!, $y: Int!) { learningOverview(teamId: $t, year: $y) { teamId teamName normPercent minContributors budgetHours
  months { month shown offeredHours usedHours contributors note } } }`;
const MINE = `{ learningTime(first: 50) { totalCount nodes { id hours } } }`;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let officer: GqlSession;
let otherOfficer: GqlSession;
let coordinator: GqlSession;
let lead: GqlSession;
let viewer: GqlSession;
/** Five professionals of team A, two of team B. */
const pros: { id: string; session: GqlSession }[] = [];
const bPros: { id: string; session: GqlSession }[] = [];
let leadId: string;
let teamA: string;
let teamB: string;
const year = Number(today().slice(0, 4));
const month = today().slice(0, 7);

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);

const snapshot = async () =>
  (
    await stack.orm.em.fork().getConnection().execute(`select
      (select md5(coalesce(string_agg(id::text || name || coalesce(archived_at::text, '-'), ',' order by id), '')) from team) as teams,
      (select count(*)::int from team_member) as members,
      (select count(*)::int from learning_settings) as settings,
      (select count(*)::int from learning_budget) as budgets,
      (select count(*)::int from contract_hours) as contract_hours,
      (select md5(coalesce(string_agg(id::text || date::text || hours::text || kind || theme || goal, ',' order by id), '')) from learning_entry) as entries,
      (select md5(coalesce(string_agg(id::text || text, ',' order by id), '')) from learning_context_note) as notes`)
  )[0];

const expectRefused = refusalCheck(snapshot);

const run = runAs;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Leren'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const add = (role: Role) => addOrganisationMember(stack.orm.em.fork(), org.organisation, role);
  const [coord, teamLead] = [await add(Role.ORG_LEARNING_COORDINATOR), await add(Role.ORG_TEAM_LEAD)];
  leadId = teamLead.id;
  [officer, otherOfficer, coordinator, lead, viewer] = await Promise.all([login(org.officer), login(other.officer), login(coord.email), login(teamLead.email), login(org.viewer)]);
  for (let i = 0; i < 7; i++) {
    const p = await add(Role.ORG_PROFESSIONAL);
    (i < 5 ? pros : bPros).push({ id: p.id, session: await login(p.email) });
  }
});
afterAll(async () => {
  await stack?.stop();
});

describe('teams', () => {
  it('the quality officer makes teams of the organisation’s people; a person may be in more than one', async () => {
    teamA = (await run(officer, SAVE_TEAM, { name: 'Wijkteam Noord', memberIds: [leadId, ...pros.map((p) => p.id)] })).saveTeam.id;
    const b = await run(officer, SAVE_TEAM, { name: 'Jeugd', memberIds: [...bPros.map((p) => p.id), pros[0].id] });
    teamB = b.saveTeam.id;
    expect(b.saveTeam.members).toHaveLength(3);
    const renamed = await run(officer, SAVE_TEAM, { teamId: teamA, name: 'Wijkteam Noord-Oost', memberIds: [leadId, ...pros.map((p) => p.id)] });
    expect(renamed.saveTeam).toMatchObject({ id: teamA, name: 'Wijkteam Noord-Oost', archivedAt: null });
    expect(renamed.saveTeam.members).toHaveLength(6);
  });

  it('refuses a blank or taken name, a person of another organisation, another organisation’s team, and other roles', async () => {
    await expectRefused(officer, SAVE_TEAM, { name: '  ', memberIds: [] }, { code: 'BAD_USER_INPUT', field: 'name' });
    await expectRefused(officer, SAVE_TEAM, { name: 'jeugd', memberIds: [] }, { code: 'BAD_USER_INPUT', field: 'name', message: /already has this name/ });
    const [stranger] = await stack.orm.em.fork().getConnection().execute(`select id from app_user where email = ?`, [other.viewer]);
    await expectRefused(officer, SAVE_TEAM, { name: 'Nieuw', memberIds: [stranger.id] }, { code: 'NOT_FOUND', field: 'memberIds', message: /^Person was not found\.$/ });
    await expectRefused(officer, SAVE_TEAM, { name: 'Nieuw', memberIds: ['iemand'] }, { code: 'BAD_USER_INPUT', field: 'memberIds' });
    await expectRefused(otherOfficer, SAVE_TEAM, { teamId: teamA, name: 'Overgenomen', memberIds: [] }, { code: 'NOT_FOUND', message: /^Team was not found\.$/ });
    await expectRefused(otherOfficer, ARCHIVE_TEAM, { teamId: teamA }, { code: 'NOT_FOUND', message: /^Team was not found\.$/ });
    for (const who of [coordinator, lead, pros[0].session]) await expectRefused(who, SAVE_TEAM, { name: 'Eigen team', memberIds: [] }, { code: 'NOT_ALLOWED' });
  });

  it('a team lead lists only the teams they are in; the officer and the coordinator all of them', async () => {
    const names = async (who: GqlSession) => (await who.ok(`{ teams { name } }`)).teams.map((t: { name: string }) => t.name);
    expect(await names(lead)).toEqual(['Wijkteam Noord-Oost']);
    expect(await names(coordinator)).toEqual(['Jeugd', 'Wijkteam Noord-Oost']);
    expect(await names(otherOfficer)).toEqual([]);
    expect((await pros[0].session.request(`{ teams { name } }`)).errors?.[0].extensions.code).toBe('NOT_ALLOWED');
  });
});

describe('the learning norm, budgets and contract hours', () => {
  it('keeps every change of the norm as its own row, newest first', async () => {
    expect((await coordinator.ok(`{ learningSettings { normPercent } }`)).learningSettings).toBeNull();
    await run(officer, SETTINGS, { normPercent: 8, minContributors: 5 });
    await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 5 });
    const history = await coordinator.ok(`{ learningSettingsHistory(first: 10) { totalCount nodes { normPercent minContributors } } }`);
    expect(history.learningSettingsHistory).toEqual({ totalCount: 2, nodes: [{ normPercent: 10, minContributors: 5 }, { normPercent: 8, minContributors: 5 }] });
    expect((await pros[0].session.ok(`{ learningSettings { normPercent } }`)).learningSettings.normPercent).toBe(10);
    expect((await otherOfficer.ok(`{ learningSettingsHistory(first: 10) { totalCount } }`)).learningSettingsHistory.totalCount).toBe(0);
  });

  it('refuses a threshold below three, a norm outside 0–100, and roles other than officer and coordinator', async () => {
    await expectRefused(coordinator, SETTINGS, { normPercent: 10, minContributors: 2 }, { code: 'BAD_USER_INPUT', field: 'minContributors', message: /At least 3 people/ });
    await expectRefused(coordinator, SETTINGS, { normPercent: 120, minContributors: 5 }, { code: 'BAD_USER_INPUT', field: 'normPercent' });
    await expectRefused(lead, SETTINGS, { normPercent: 10, minContributors: 5 }, { code: 'NOT_ALLOWED' });
  });

  it('sets contract hours and budgets, refusing what does not fit', async () => {
    for (const p of [...pros, ...bPros]) await run(coordinator, CONTRACT, { personId: p.id, hoursPerWeek: 36 });
    await run(coordinator, CONTRACT, { personId: leadId, hoursPerWeek: 36 });
    const budget = await run(coordinator, BUDGET, { year, hours: 1200, teamId: teamA });
    expect(budget.setLearningBudget).toMatchObject({ year, hours: 1200, teamId: teamA, personId: null });
    await expectRefused(coordinator, CONTRACT, { personId: pros[0].id, hoursPerWeek: 61 }, { code: 'BAD_USER_INPUT', field: 'hoursPerWeek' });
    await expectRefused(otherOfficer, CONTRACT, { personId: pros[0].id, hoursPerWeek: 36 }, { code: 'NOT_FOUND', field: 'personId' });
    await expectRefused(coordinator, BUDGET, { year, hours: 10, teamId: teamA, personId: pros[0].id }, { code: 'BAD_USER_INPUT', field: 'teamId' });
    await expectRefused(coordinator, BUDGET, { year: 1990, hours: 10, personId: pros[0].id }, { code: 'BAD_USER_INPUT', field: 'year' });
    await expectRefused(otherOfficer, BUDGET, { year, hours: 10, teamId: teamA }, { code: 'NOT_FOUND', field: 'teamId' });
  });
});

describe('registering learning time', () => {
  it('a professional registers, changes and deletes their own time and lists only their own', async () => {
    const made = await run(pros[0].session, REGISTER, { date: today(), hours: 1.5, kind: 'INTERVISION', theme: ' Casuïstiek ', goal: 'Signaleren' });
    expect(made.registerLearningTime).toMatchObject({ date: today(), hours: 1.5, kind: 'INTERVISION', theme: 'Casuïstiek', goal: 'Signaleren' });
    const id = made.registerLearningTime.id;
    expect((await run(pros[0].session, UPDATE, { entryId: id, date: today(), hours: 2, kind: 'TRAINING' })).updateLearningTime).toEqual({ id, hours: 2, kind: 'TRAINING' });
    expect((await pros[0].session.ok(MINE)).learningTime).toEqual({ totalCount: 1, nodes: [{ id, hours: 2 }] });
    // The query's first name, kept for clients that use it, reads the same.
    expect((await pros[0].session.ok(MINE.replace('learningTime', 'myLearningTime'))).myLearningTime).toEqual({ totalCount: 1, nodes: [{ id, hours: 2 }] });
    expect((await pros[1].session.ok(MINE)).learningTime.totalCount).toBe(0);
    // Someone else's entry is not found, not refused: its existence is not revealed.
    await expectRefused(pros[1].session, UPDATE, { entryId: id, date: today(), hours: 1, kind: 'OTHER' }, { code: 'NOT_FOUND', message: /^Learning entry was not found\.$/ });
    await expectRefused(lead, DELETE, { entryId: id }, { code: 'NOT_FOUND' });
    await expectRefused(otherOfficer, DELETE, { entryId: id }, { code: 'NOT_FOUND' });
    expect((await run(pros[0].session, DELETE, { entryId: id })).deleteLearningTime).toBe(id);
    expect((await pros[0].session.ok(MINE)).learningTime.totalCount).toBe(0);
  });

  it('refuses a day in the future, hours out of range or not in quarters, an unknown kind', async () => {
    const who = pros[0].session;
    await expectRefused(who, REGISTER, { date: inDays(1), hours: 1, kind: 'READING' }, { code: 'BAD_USER_INPUT', field: 'date', message: /future/ });
    await expectRefused(who, REGISTER, { date: today(), hours: 0, kind: 'READING' }, { code: 'BAD_USER_INPUT', field: 'hours' });
    await expectRefused(who, REGISTER, { date: today(), hours: 25, kind: 'READING' }, { code: 'BAD_USER_INPUT', field: 'hours' });
    await expectRefused(who, REGISTER, { date: today(), hours: 1.1, kind: 'READING' }, { code: 'BAD_USER_INPUT', field: 'hours', message: /quarters/ });
    await expectRefused(who, REGISTER, { date: '2026-02-30', hours: 1, kind: 'READING' }, { code: 'BAD_USER_INPUT', field: 'date' });
    const r = await who.request(REGISTER, { i: { clientMutationId: mutationId(), date: today(), hours: 1, kind: 'DREAMING' } });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('used against offered', () => {
  const overview = (who: GqlSession, teamId: string) => who.request(OVERVIEW, { t: teamId, y: year });
  const thisMonth = async (who: GqlSession, teamId: string) => (await who.ok(OVERVIEW, { t: teamId, y: year })).learningOverview.months.find((m: { month: string }) => m.month === month);

  it('shows no figures below the threshold, and sums from it on', async () => {
    for (const p of pros.slice(0, 4)) await run(p.session, REGISTER, { date: today(), hours: 2, kind: 'READING' });
    expect(await thisMonth(lead, teamA)).toEqual({ month, shown: false, offeredHours: null, usedHours: null, contributors: null, note: null });
    await run(pros[4].session, REGISTER, { date: today(), hours: 1.25, kind: 'SHADOWING' });
    // Six people of 36 hours a week at 10 %, over 52/12 weeks.
    expect(await thisMonth(lead, teamA)).toEqual({ month, shown: true, offeredHours: 93.6, usedHours: 9.25, contributors: 5, note: null });
    const whole = (await lead.ok(OVERVIEW, { t: teamA, y: year })).learningOverview;
    expect(whole).toMatchObject({ teamId: teamA, normPercent: 10, minContributors: 5, budgetHours: 1200 });
    expect(whole.months).toHaveLength(12);
  });

  it('follows the threshold setting, which never goes below three', async () => {
    await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 6 });
    expect((await thisMonth(coordinator, teamA)).shown).toBe(false);
    await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 5 });
    expect((await thisMonth(coordinator, teamA)).shown).toBe(true);
  });

  it('the team lead writes a note beside their own team’s month, shown with the figures', async () => {
    expect((await run(lead, NOTE, { teamId: teamA, month, text: 'Twee collega’s met verlof.' })).saveLearningContextNote).toMatchObject({ month, text: 'Twee collega’s met verlof.' });
    expect((await thisMonth(officer, teamA)).note).toBe('Twee collega’s met verlof.');
    await expectRefused(lead, NOTE, { teamId: teamB, month, text: 'Niet mijn team' }, { code: 'NOT_FOUND', field: 'teamId' });
    await expectRefused(lead, NOTE, { teamId: teamA, month: '2026-13', text: 'x' }, { code: 'BAD_USER_INPUT', field: 'month' });
    await expectRefused(coordinator, NOTE, { teamId: teamA, month, text: 'x' }, { code: 'NOT_ALLOWED' });
  });

  it('a team lead cannot read another team; professionals, viewers and another organisation read no team at all', async () => {
    for (const teamId of [teamB, randomUUID()]) {
      const r = await overview(lead, teamId);
      expect({ code: r.errors?.[0].extensions.code, message: r.errors?.[0].message, data: r.data }).toEqual({ code: 'NOT_FOUND', message: 'Team was not found.', data: null });
    }
    for (const who of [pros[0].session, viewer]) expect((await overview(who, teamA)).errors?.[0].extensions.code).toBe('NOT_ALLOWED');
    expect((await overview(otherOfficer, teamA)).errors?.[0].message).toBe('Team was not found.');
    // Team B has three people with entries? Only one contributed: its figures stay hidden from the coordinator too.
    expect((await thisMonth(coordinator, teamB)).shown).toBe(false);
  });

  it('archiving keeps the figures readable and stops changes', async () => {
    await run(officer, ARCHIVE_TEAM, { teamId: teamB });
    await expectRefused(officer, ARCHIVE_TEAM, { teamId: teamB }, { code: 'CONFLICT', field: 'teamId' });
    await expectRefused(officer, SAVE_TEAM, { teamId: teamB, name: 'Jeugd', memberIds: [] }, { code: 'CONFLICT', field: 'teamId' });
    expect((await thisMonth(coordinator, teamB)).month).toBe(month);
    expect((await coordinator.ok(`{ teams { name } }`)).teams).toEqual([{ name: 'Wijkteam Noord-Oost' }]);
  });
});
