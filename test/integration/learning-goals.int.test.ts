import { randomUUID } from 'node:crypto';
import { Competency } from '../../server/src/modules/framework/competency.entity';
import { Role } from '../../server/src/modules/user/role';
import { inDays, today } from '../support/dates';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, runAs } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { createDraftVersion, secondsRules } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * A professional's learning goals and their own learning data through GraphQL and PostgreSQL: a goal is its
 * owner's alone, read by a team lead of the owner's team only while the owner shares it, and not found for
 * everyone else; each refusal names its code and field and changes nothing. The export holds the caller's
 * data and nobody else's, and deleting it removes exactly the caller's rows.
 */

const GOAL_FIELDS = `id title description status sharedWithTeamLead mine owner { id name } competencies { id code }
  steps { text done } reflections { date text }`;
const SAVE = `mutation($i: SaveLearningGoalInput!) { saveLearningGoal(input: $i) { ${GOAL_FIELDS} } }`;
const DELETE = `mutation($i: DeleteLearningGoalInput!) { deleteLearningGoal(input: $i) }`;
const GOALS = `{ learningGoals { id title mine sharedWithTeamLead owner { id } } }`;
const REGISTER = `mutation($i: RegisterLearningTimeInput!) { registerLearningTime(input: $i) { id } }`;
const EXPORT = `{ exportMyLearningData { exportedAt json entriesCsv goalsCsv } }`;
const DELETE_ALL = `mutation($i: DeleteMyLearningDataInput!) { deleteMyLearningData(input: $i) { entries goals } }`;

let stack: Stack;
let org: OrgFixture;
let pro: GqlSession;
let proId: string;
let colleague: GqlSession;
let colleagueId: string;
let lead: GqlSession;
let otherLead: GqlSession;
let officer: GqlSession;
let stranger: GqlSession;
let auditor: GqlSession;
let competencyIds: string[];
let draftCompetencyId: string;
let goalId: string;

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);
const run = runAs;
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

const snapshot = async () =>
  (
    await sql(`select
      (select md5(coalesce(string_agg(id::text || title || description || status || shared_with_team_lead::text || steps::text || reflections::text, ',' order by id), '')) from learning_goal) as goals,
      (select md5(coalesce(string_agg(learning_goal_id::text || competency_id::text, ',' order by learning_goal_id, competency_id), '')) from learning_goal_competency) as links,
      (select md5(coalesce(string_agg(id::text, ',' order by id), '')) from learning_entry) as entries`)
  )[0];

const expectRefused = refusalCheck(snapshot);

const goal = (extra: Record<string, unknown> = {}) => ({ title: 'Motiverende gespreksvoering', ...extra });

beforeAll(async () => {
  stack = await startStack({ worker: false });
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Doelen'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const add = (o: OrgFixture, role: Role) => addOrganisationMember(stack.orm.em.fork(), o.organisation, role);
  const [p, c, l, ol, strangerPro] = [
    await add(org, Role.ORG_PROFESSIONAL),
    await add(org, Role.ORG_PROFESSIONAL),
    await add(org, Role.ORG_TEAM_LEAD),
    await add(org, Role.ORG_TEAM_LEAD),
    await add(other, Role.ORG_PROFESSIONAL),
  ];
  [proId, colleagueId] = [p.id, c.id];
  [pro, colleague, lead, otherLead, officer, stranger, auditor] = await Promise.all([
    login(p.email),
    login(c.email),
    login(l.email),
    login(ol.email),
    login(org.officer),
    login(strangerPro.email),
    login(await createCiAuditor(stack.orm.em.fork())),
  ]);
  // The professional and the colleague are in the lead's team; the other lead leads a team without them.
  await run(officer, `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`, { name: 'Wijkteam', memberIds: [l.id, p.id, c.id] });
  await run(officer, `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`, { name: 'Ander team', memberIds: [ol.id] });
  competencyIds = (await sql(`select c.id from competency c join framework_version v on v.id = c.framework_version_id where v.status = 'PUBLISHED' order by c.code limit 2`)).map((r) => r.id as string);
  const em = stack.orm.em.fork();
  const draft = await createDraftVersion(em, secondsRules());
  draftCompetencyId = em.create(Competency, { frameworkVersion: draft, code: 'X', title: 'Concept', position: 1 }).id;
  await em.flush();
});
afterAll(async () => {
  await stack?.stop();
});

describe('learning goals', () => {
  it('a professional creates a private goal with competencies, steps and reflections, and changes it', async () => {
    expect(competencyIds).toHaveLength(2);
    const made = await run(pro, SAVE, goal({
      description: ' Beter aansluiten bij wat cliënten zelf willen. ',
      competencyIds,
      steps: [{ text: 'Training volgen' }, { text: 'Oefenen in intervisie', done: false }],
      reflections: [{ date: today(), text: 'Eerste gesprek ging beter.' }],
    }));
    goalId = made.saveLearningGoal.id;
    expect(made.saveLearningGoal).toMatchObject({
      title: 'Motiverende gespreksvoering',
      description: 'Beter aansluiten bij wat cliënten zelf willen.',
      status: 'PLANNED',
      sharedWithTeamLead: false,
      mine: true,
      owner: { id: proId },
      steps: [{ text: 'Training volgen', done: false }, { text: 'Oefenen in intervisie', done: false }],
      reflections: [{ date: today(), text: 'Eerste gesprek ging beter.' }],
    });
    expect(made.saveLearningGoal.competencies.map((c: { id: string }) => c.id).sort()).toEqual([...competencyIds].sort());
    const changed = await run(pro, SAVE, goal({ goalId, status: 'ACTIVE', competencyIds: [competencyIds[0]], steps: [{ text: 'Training volgen', done: true }] }));
    expect(changed.saveLearningGoal).toMatchObject({ id: goalId, status: 'ACTIVE', steps: [{ text: 'Training volgen', done: true }], reflections: [] });
    expect(changed.saveLearningGoal.competencies).toEqual([{ id: competencyIds[0], code: expect.any(String) }]);
    expect(await sql(`select competency_id from learning_goal_competency where learning_goal_id = ?`, [goalId])).toEqual([{ competency_id: competencyIds[0] }]);
    expect((await pro.ok(GOALS)).learningGoals).toEqual([{ id: goalId, title: 'Motiverende gespreksvoering', mine: true, sharedWithTeamLead: false, owner: { id: proId } }]);
  });

  it('a private goal is read by nobody else: not the team lead, a colleague, the officer or another organisation', async () => {
    for (const who of [lead, colleague, officer, stranger]) expect((await who.ok(GOALS)).learningGoals).toEqual([]);
  });

  it('once shared, the team lead of the owner’s team reads it, and nobody else does', async () => {
    await run(pro, SAVE, goal({ goalId, status: 'ACTIVE', sharedWithTeamLead: true, competencyIds: [competencyIds[0]], steps: [{ text: 'Training volgen', done: true }] }));
    expect((await lead.ok(GOALS)).learningGoals).toEqual([{ id: goalId, title: 'Motiverende gespreksvoering', mine: false, sharedWithTeamLead: true, owner: { id: proId } }]);
    for (const who of [otherLead, colleague, officer, stranger]) expect((await who.ok(GOALS)).learningGoals).toEqual([]);
    // The lead's own goal comes first in the lead's list.
    const own = (await run(lead, SAVE, goal({ title: 'Coachend leidinggeven' }))).saveLearningGoal.id;
    expect((await lead.ok(GOALS)).learningGoals.map((g: { id: string; mine: boolean }) => [g.id, g.mine])).toEqual([[own, true], [goalId, false]]);
  });

  it('nobody but the owner changes or deletes a goal, shared or not: not found, as for a goal of nothing', async () => {
    for (const who of [lead, colleague, officer, stranger]) {
      await expectRefused(who, SAVE, goal({ goalId, title: 'Overgenomen' }), { code: 'NOT_FOUND', message: /^Learning goal was not found\.$/ });
      await expectRefused(who, DELETE, { goalId }, { code: 'NOT_FOUND', message: /^Learning goal was not found\.$/ });
    }
    await expectRefused(pro, SAVE, goal({ goalId: randomUUID() }), { code: 'NOT_FOUND', message: /^Learning goal was not found\.$/ });
    // Institution users have no goals at all.
    for (const q of [GOALS, EXPORT]) expect((await auditor.request(q)).errors?.[0].extensions.code).toBe('NOT_ALLOWED');
    await expectRefused(auditor, SAVE, goal(), { code: 'NOT_ALLOWED' });
    await expectRefused(auditor, DELETE, { goalId }, { code: 'NOT_ALLOWED' });
    await expectRefused(auditor, DELETE_ALL, { confirm: true }, { code: 'NOT_ALLOWED' });
  });

  it('refuses an empty title, too long texts, a reflection in the future and unknown competencies, naming the field', async () => {
    await expectRefused(pro, SAVE, goal({ title: '  ' }), { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(pro, SAVE, goal({ title: 'x'.repeat(201) }), { code: 'BAD_USER_INPUT', field: 'title' });
    await expectRefused(pro, SAVE, goal({ description: 'x'.repeat(4001) }), { code: 'BAD_USER_INPUT', field: 'description' });
    await expectRefused(pro, SAVE, goal({ goalId, steps: [{ text: 'Goed' }, { text: ' ' }] }), { code: 'BAD_USER_INPUT', field: 'steps.1.text' });
    await expectRefused(pro, SAVE, goal({ reflections: [{ date: today(), text: 'x'.repeat(4001) }] }), { code: 'BAD_USER_INPUT', field: 'reflections.0.text' });
    await expectRefused(pro, SAVE, goal({ reflections: [{ date: inDays(2), text: 'Morgen' }] }), { code: 'BAD_USER_INPUT', field: 'reflections.0.date', message: /future/ });
    await expectRefused(pro, SAVE, goal({ reflections: [{ date: '2026-02-30', text: 'Nooit' }] }), { code: 'BAD_USER_INPUT', field: 'reflections.0.date' });
    await expectRefused(pro, SAVE, goal({ competencyIds: ['C1'] }), { code: 'BAD_USER_INPUT', field: 'competencyIds' });
    for (const id of [randomUUID(), draftCompetencyId]) {
      await expectRefused(pro, SAVE, goal({ goalId, competencyIds: [competencyIds[0], id] }), { code: 'NOT_FOUND', field: 'competencyIds', message: /^Competency was not found\.$/ });
    }
    const r = await pro.request(SAVE, { i: { clientMutationId: mutationId(), ...goal({ status: 'FORGOTTEN' }) } });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a retry with the same clientMutationId saves once; the owner deletes the goal, and a second delete finds nothing', async () => {
    const i = { clientMutationId: mutationId(), ...goal({ title: 'Eenmalig' }) };
    const [first, again] = [await pro.ok(SAVE, { i }), await pro.ok(SAVE, { i })];
    expect(again.saveLearningGoal.id).toBe(first.saveLearningGoal.id);
    expect((await sql(`select count(*)::int as n from learning_goal where title = 'Eenmalig'`))[0].n).toBe(1);
    expect((await run(pro, DELETE, { goalId: first.saveLearningGoal.id })).deleteLearningGoal).toBe(first.saveLearningGoal.id);
    await expectRefused(pro, DELETE, { goalId: first.saveLearningGoal.id }, { code: 'NOT_FOUND' });
  });
});

describe('my learning data', () => {
  it('exports the caller’s own entries and goals as JSON and CSV, and nobody else’s', async () => {
    await run(pro, REGISTER, { date: today(), hours: 1.5, kind: 'READING', theme: 'Gespreks, "technieken"' });
    await run(colleague, REGISTER, { date: today(), hours: 2, kind: 'TRAINING', theme: 'Van de collega' });
    const colleagueGoal = (await run(colleague, SAVE, goal({ title: 'Doel van de collega', sharedWithTeamLead: true }))).saveLearningGoal.id;
    const data = (await pro.ok(EXPORT)).exportMyLearningData;
    const json = JSON.parse(data.json);
    expect(json.person.id).toBe(proId);
    expect(json.learningTime).toEqual([expect.objectContaining({ date: today(), hours: 1.5, kind: 'READING', theme: 'Gespreks, "technieken"' })]);
    expect(json.learningGoals).toEqual([expect.objectContaining({ id: goalId, title: 'Motiverende gespreksvoering', sharedWithTeamLead: true, competencies: [expect.objectContaining({ code: expect.any(String) })] })]);
    expect(data.entriesCsv).toMatch(/^\uFEFFid,date,hours,kind,theme,goal,createdAt\r\n/);
    expect(data.entriesCsv).toContain(`,${today()},1.5,READING,"Gespreks, ""technieken""",,`);
    expect(data.entriesCsv.trim().split('\r\n')).toHaveLength(2);
    expect(data.goalsCsv).toMatch(/^\uFEFFid,title,description,status,sharedWithTeamLead,competencies,steps,reflections,createdAt,updatedAt\r\n/);
    expect(data.goalsCsv).toContain(`${goalId},Motiverende gespreksvoering,`);
    expect(data.goalsCsv).toContain(',[x] Training volgen,');
    for (const text of ['Van de collega', 'Doel van de collega', colleagueGoal, colleagueId]) expect(data.json + data.entriesCsv + data.goalsCsv).not.toContain(text);
  });

  it('deletes only with confirm true, and then exactly the caller’s entries and goals', async () => {
    await expectRefused(pro, DELETE_ALL, { confirm: false }, { code: 'BAD_USER_INPUT', field: 'confirm' });
    const count = async () => (await sql(`select
      (select count(*)::int from learning_entry where person_id = ?) as mine_entries, (select count(*)::int from learning_goal where person_id = ?) as mine_goals,
      (select count(*)::int from learning_entry where person_id <> ?) as other_entries, (select count(*)::int from learning_goal where person_id <> ?) as other_goals`, [proId, proId, proId, proId]))[0];
    const before = await count();
    expect(before).toMatchObject({ mine_entries: 1, mine_goals: 1 });
    const i = { clientMutationId: mutationId(), confirm: true };
    expect((await pro.ok(DELETE_ALL, { i })).deleteMyLearningData).toEqual({ entries: 1, goals: 1 });
    // A retry answers as the first time and deletes nothing more.
    expect((await pro.ok(DELETE_ALL, { i })).deleteMyLearningData).toEqual({ entries: 1, goals: 1 });
    expect(await count()).toEqual({ mine_entries: 0, mine_goals: 0, other_entries: before.other_entries, other_goals: before.other_goals });
    expect((await sql(`select count(*)::int as n from learning_goal_competency where learning_goal_id = ?`, [goalId]))[0].n).toBe(0);
    expect((await lead.ok(GOALS)).learningGoals.map((g: { title: string }) => g.title).sort()).toEqual(['Coachend leidinggeven', 'Doel van de collega']);
    const empty = JSON.parse((await pro.ok(EXPORT)).exportMyLearningData.json);
    expect({ time: empty.learningTime, goals: empty.learningGoals }).toEqual({ time: [], goals: [] });
  });
});
