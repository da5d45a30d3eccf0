import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { projectedCyclesPage } from '../../server/src/modules/cycle-repair/projected-cycles';
import { Role } from '../../server/src/modules/user/role';
import type { User } from '../../server/src/modules/user/user.entity';
import { addOrganisationUser, assignTeam, createCiTeam, placeCycle, type CiTeam } from '../support/content-fixtures';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, START_CYCLE, startInput } from '../support/operations';
import { createFramework, secondsRules } from '../support/scheme-fixtures';
import { recordHistory } from '../support/record-history';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * Respondents in the self-evaluation, on a real database and a real cycle workflow: the quality officer
 * invites members of the organisation, each answers alone and submits, the spread pools small layers, only
 * the quality officers read who wrote what, and the workflow reminds whoever has not submitted.
 */

const INVITATION_FIELDS = 'id cycleId respondent { id name } layer categoryCodes dueDate invitedByName submittedAt answeredCount normCount';
const INVITE = `mutation($i: InviteRespondentsInput!) { inviteRespondents(input: $i) { ${INVITATION_FIELDS} } }`;
const INVITATIONS = `query($c: ID!, $first: Int, $after: String) { respondentInvitations(cycleId: $c, first: $first, after: $after) {
  nodes { ${INVITATION_FIELDS} } pageInfo { endCursor hasNextPage } totalCount } }`;
const SAVE = `mutation($i: SaveRespondentAnswerInput!) { saveRespondentAnswer(input: $i) { id invitationId normId score goesWell toImprove revision } }`;
const SUBMIT = `mutation($i: SubmitRespondentAnswersInput!) { submitRespondentAnswers(input: $i) { id submittedAt answeredCount normCount } }`;
const TASKS = `{ myRespondentTasks { invitation { id layer } organisationName cycleId open norms { id code } answers { normId score goesWell } } }`;
const LAYER = 'layers pooled answerCount meets partlyMeets doesNotMeet notApplicable';
const SPREAD = `query($c: ID!) { selfEvaluationSpread(cycleId: $c) { cycleId invitedCount submittedCount
  norms { normId total { ${LAYER} } groups { ${LAYER} } layersDiffer goesWell { layer respondentName text } toImprove { layer respondentName text } } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind cycleId title } } }`;

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let ci: CiTeam;
let cycleId: string;
let normIds: string[];
let officer: GqlSession;
const people: Record<string, User> = {};
const sessions: Record<string, GqlSession> = {};

const conn = () => stack.orm.em.fork().getConnection();
const count = async (table: string) => (await conn().execute<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0].n;

const session = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);

const invite = (invitees: { userId: string; layer: string }[], extra: Record<string, unknown> = {}) => ({
  i: { clientMutationId: mutationId(), cycleId, invitees, dueDate: inDays(30), ...extra },
});

async function invitationOf(who: string): Promise<string> {
  const [row] = await conn().execute<{ id: string }[]>(`select id from respondent_invitation where respondent_id = ? and cycle_id = ?`, [people[who].id, cycleId]);
  return row.id;
}

async function answerAll(who: string, score: string, goesWell = '', toImprove = ''): Promise<string> {
  const invitationId = await invitationOf(who);
  for (const normId of normIds) {
    await sessions[who].ok(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId, goesWell, toImprove, score } });
  }
  return invitationId;
}

const RESPONDENTS = { pro1: 'PROFESSIONAL', pro2: 'PROFESSIONAL', pro3: 'PROFESSIONAL', lead1: 'TEAM_LEAD', lead2: 'TEAM_LEAD', lead3: 'TEAM_LEAD', board: 'BOARD' } as const;

beforeAll(async () => {
  stack = await startStack();
  const em = stack.orm.em.fork();
  const framework = await createFramework(em, secondsRules(), 3);
  normIds = framework.normIds;
  org = await createOrganisation(em, 'Respondenten');
  other = await createOrganisation(em, 'Elders');
  ci = await createCiTeam(em);
  for (const who of [...Object.keys(RESPONDENTS), 'late', 'early']) people[who] = await addOrganisationUser(em, org.organisation, Role.ORG_VIEWER, who);
  people.stranger = await addOrganisationUser(em, other.organisation, Role.ORG_VIEWER, 'stranger');
  officer = await session(org.officer);
  for (const who of Object.keys(people)) sessions[who] = await session(people[who].email);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(framework.version.id) })).startCycle.id;
  await assignTeam(conn(), cycleId, ci);
  await placeCycle(conn(), cycleId, 'SELF_EVALUATION');
});
afterAll(() => stack?.stop());

describe('inviting', () => {
  it('invites members of the organisation, each as a layer, and tells each of them', async () => {
    const invitees = Object.entries(RESPONDENTS).map(([who, layer]) => ({ userId: people[who].id, layer }));
    const input = invite(invitees);
    const invited = (await officer.ok(INVITE, input)).inviteRespondents;
    expect(invited).toHaveLength(7);
    expect(invited[0]).toMatchObject({ cycleId, categoryCodes: [], dueDate: inDays(30), submittedAt: null, answeredCount: 0, normCount: 3 });
    expect(invited.map((i: { layer: string }) => i.layer).sort()).toEqual(Object.values(RESPONDENTS).sort());
    // A retry answers the same invitations and invites no one again.
    const again = (await officer.ok(INVITE, input)).inviteRespondents;
    expect(again.map((i: { id: string }) => i.id).sort()).toEqual(invited.map((i: { id: string }) => i.id).sort());
    const notices = (await sessions.pro1.ok(NOTIFICATIONS)).notifications.nodes;
    expect(notices).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'INVITATION', cycleId })]));
  });

  it('refuses, changing nothing: another organisation’s person, someone twice, an unknown category, a bad due date', async () => {
    const before = [await count('respondent_invitation'), await count('notification')];
    const cases: [Record<string, unknown>, string, string][] = [
      [invite([{ userId: people.stranger.id, layer: 'BOARD' }]), 'NOT_FOUND', 'invitees.0.userId'],
      [invite([{ userId: people.pro1.id, layer: 'BOARD' }]), 'BAD_USER_INPUT', 'invitees'],
      [invite([{ userId: people.late.id, layer: 'BOARD' }, { userId: people.late.id, layer: 'VOLUNTEER' }]), 'BAD_USER_INPUT', 'invitees'],
      [invite([]), 'BAD_USER_INPUT', 'invitees'],
      [invite([{ userId: people.late.id, layer: 'BOARD' }], { categoryCodes: ['NOPE'] }), 'BAD_USER_INPUT', 'categoryCodes'],
      [invite([{ userId: people.late.id, layer: 'BOARD' }], { dueDate: inDays(-1) }), 'BAD_USER_INPUT', 'dueDate'],
      [invite([{ userId: people.late.id, layer: 'BOARD' }], { dueDate: '2026-02-30' }), 'BAD_USER_INPUT', 'dueDate'],
    ];
    for (const [vars, code, field] of cases) {
      expect((await officer.refused(INVITE, vars)).extensions).toMatchObject({ code, field });
    }
    // Not after the self-evaluation's own deadline.
    await conn().execute(`update cycle set due_at = now() + interval '5 days' where id = ?`, [cycleId]);
    expect((await officer.refused(INVITE, invite([{ userId: people.late.id, layer: 'BOARD' }], { dueDate: inDays(10) }))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueDate',
    });
    await conn().execute(`update cycle set due_at = null where id = ?`, [cycleId]);
    expect([await count('respondent_invitation'), await count('notification')]).toEqual(before);
  });

  it('refuses outside the self-evaluation, and to anyone but the quality officer', async () => {
    await placeCycle(conn(), cycleId, 'PREPARATION');
    expect((await officer.refused(INVITE, invite([{ userId: people.late.id, layer: 'BOARD' }]))).extensions.code).toBe('WRONG_PHASE');
    await placeCycle(conn(), cycleId, 'SELF_EVALUATION');
    const internalAuditor = await session(org.internalAuditor);
    expect((await internalAuditor.refused(INVITE, invite([{ userId: people.late.id, layer: 'BOARD' }]))).extensions.code).toBe('NOT_ALLOWED');
    const otherOfficer = await session(other.officer);
    expect((await otherOfficer.refused(INVITE, invite([{ userId: people.stranger.id, layer: 'BOARD' }]))).extensions.code).toBe('NOT_FOUND');
    expect(await count(`respondent_invitation where respondent_id = '${people.late.id}'`)).toBe(0);
  });

  it('lists the invitations a page at a time', async () => {
    const first = (await officer.ok(INVITATIONS, { c: cycleId, first: 4 })).respondentInvitations;
    expect(first.totalCount).toBe(7);
    expect(first.nodes).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await officer.ok(INVITATIONS, { c: cycleId, first: 4, after: first.pageInfo.endCursor })).respondentInvitations;
    expect(rest.nodes).toHaveLength(3);
    expect(new Set([...first.nodes, ...rest.nodes].map((n: { id: string }) => n.id)).size).toBe(7);
    expect(first.nodes[0].invitedByName).toMatch(/ORG_QUALITY_OFFICER/);
  });
});

describe('answering', () => {
  it('saves the respondent’s own answers, which no other respondent sees', async () => {
    const invitationId = await invitationOf('pro1');
    const saved = (await sessions.pro1.ok(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId: normIds[0], expectedRevision: 0, goesWell: 'Goed overleg' } }))
      .saveRespondentAnswer;
    expect(saved).toMatchObject({ invitationId, normId: normIds[0], revision: 1, score: null, goesWell: 'Goed overleg' });
    const own = (await sessions.pro1.ok(TASKS)).myRespondentTasks;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ cycleId, open: true, organisationName: org.organisation.name, invitation: { id: invitationId, layer: 'PROFESSIONAL' } });
    expect(own[0].norms.map((n: { id: string }) => n.id)).toEqual(normIds);
    expect(own[0].answers).toEqual([{ normId: normIds[0], score: null, goesWell: 'Goed overleg' }]);
    expect((await sessions.pro2.ok(TASKS)).myRespondentTasks[0].answers).toEqual([]);
    // Another respondent cannot reach this invitation; the quality officer sees it but may not answer.
    const write = { i: { clientMutationId: mutationId(), invitationId, normId: normIds[0], score: 'MEETS' } };
    expect((await sessions.pro2.refused(SAVE, write)).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await officer.refused(SAVE, { i: { ...write.i, clientMutationId: mutationId() } })).extensions).toMatchObject({ code: 'NOT_ALLOWED' });
    // Before submitting, a respondent sees no spread at all.
    expect((await sessions.pro1.refused(SPREAD, { c: cycleId })).extensions.code).toBe('NOT_ALLOWED');
  });

  it('refuses a stale revision with the current answer', async () => {
    const invitationId = await invitationOf('pro1');
    const refusal = await sessions.pro1.refused(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId: normIds[0], expectedRevision: 0, score: 'MEETS' } });
    expect(refusal.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision', currentRevision: 1, currentValue: { goesWell: 'Goed overleg', score: null, toImprove: '' } });
  });

  it('refuses submitting while a norm is unscored, then submits, after which nothing changes', async () => {
    const invitationId = await invitationOf('pro1');
    for (const normId of normIds.slice(0, 2)) await sessions.pro1.ok(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId, score: 'MEETS' } });
    const incomplete = await sessions.pro1.refused(SUBMIT, { i: { clientMutationId: mutationId(), invitationId } });
    expect(incomplete.extensions).toMatchObject({ code: 'INCOMPLETE', unscoredNormCodes: ['T-3'] });
    await sessions.pro1.ok(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId: normIds[2], score: 'MEETS', toImprove: 'Meer tijd voor scholing' } });
    const submitted = (await sessions.pro1.ok(SUBMIT, { i: { clientMutationId: mutationId(), invitationId } })).submitRespondentAnswers;
    expect(submitted).toMatchObject({ id: invitationId, answeredCount: 3, normCount: 3 });
    expect(submitted.submittedAt).toBeTruthy();
    expect((await sessions.pro1.refused(SAVE, { i: { clientMutationId: mutationId(), invitationId, normId: normIds[0], score: 'DOES_NOT_MEET' } })).extensions.code).toBe('LOCKED');
    expect((await sessions.pro1.refused(SUBMIT, { i: { clientMutationId: mutationId(), invitationId } })).extensions.code).toBe('LOCKED');
    expect((await sessions.pro1.ok(TASKS)).myRespondentTasks[0].open).toBe(false);
  });
});

describe('the spread', () => {
  beforeAll(async () => {
    for (const who of ['pro2', 'pro3'] as const) await answerAll(who, 'MEETS', `Goed: ${who}`);
    for (const who of ['lead1', 'lead2', 'lead3'] as const) await answerAll(who, 'PARTLY_MEETS', '', `Beter: ${who}`);
    await answerAll('board', 'DOES_NOT_MEET');
    for (const who of ['pro2', 'pro3', 'lead1', 'lead2', 'lead3', 'board']) {
      await sessions[who].ok(SUBMIT, { i: { clientMutationId: mutationId(), invitationId: await invitationOf(who) } });
    }
  });

  it('pools the single board member with the team leads and shows the quality officer who wrote what', async () => {
    const spread = (await officer.ok(SPREAD, { c: cycleId })).selfEvaluationSpread;
    expect(spread).toMatchObject({ cycleId, invitedCount: 7, submittedCount: 7 });
    expect(spread.norms.map((n: { normId: string }) => n.normId)).toEqual(normIds);
    const first = spread.norms[0];
    expect(first.total).toEqual({ layers: ['PROFESSIONAL', 'TEAM_LEAD', 'BOARD'], pooled: false, answerCount: 7, meets: 3, partlyMeets: 3, doesNotMeet: 1, notApplicable: 0 });
    expect(first.groups).toEqual([
      { layers: ['PROFESSIONAL'], pooled: false, answerCount: 3, meets: 3, partlyMeets: 0, doesNotMeet: 0, notApplicable: 0 },
      { layers: ['TEAM_LEAD', 'BOARD'], pooled: true, answerCount: 4, meets: 0, partlyMeets: 3, doesNotMeet: 1, notApplicable: 0 },
    ]);
    expect(first.layersDiffer).toBe(true);
    expect(first.goesWell.map((t: { text: string }) => t.text).sort()).toEqual(['Goed overleg', 'Goed: pro2', 'Goed: pro3']);
    expect(first.toImprove).toEqual(expect.arrayContaining([{ layer: 'TEAM_LEAD', respondentName: people.lead1.name, text: 'Beter: lead1' }]));
  });

  it('gives a respondent who submitted the counts only', async () => {
    const spread = (await sessions.board.ok(SPREAD, { c: cycleId })).selfEvaluationSpread;
    expect(spread.norms[0].groups).toHaveLength(2);
    for (const norm of spread.norms) expect([norm.goesWell, norm.toImprove]).toEqual([[], []]);
  });

  it('never shows individual views to anyone else', async () => {
    const callers: [string, string, string][] = [
      [ci.lead.email, PASSWORD, 'NOT_ALLOWED'],
      [ci.manager.email, PASSWORD, 'NOT_ALLOWED'],
      ['secretariaat@swn.demo', DEMO_PASSWORD, 'NOT_ALLOWED'],
      ['commissie@swn.demo', DEMO_PASSWORD, 'NOT_ALLOWED'],
      [org.internalAuditor, PASSWORD, 'NOT_ALLOWED'],
      [org.viewer, PASSWORD, 'NOT_ALLOWED'],
      [other.officer, PASSWORD, 'NOT_FOUND'],
      [ci.unassigned.email, PASSWORD, 'NOT_FOUND'],
    ];
    for (const [email, password, code] of callers) {
      const caller = await session(email, password);
      expect({ email, code: (await caller.refused(SPREAD, { c: cycleId })).extensions.code }).toEqual({ email, code });
      const list = await caller.refused(INVITATIONS, { c: cycleId });
      // Only a quality officer passes the role gate of the list; another organisation's then finds no cycle.
      expect({ email, code: list.extensions.code }).toEqual({ email, code: email === other.officer ? 'NOT_FOUND' : 'NOT_ALLOWED' });
      expect((await caller.ok(TASKS)).myRespondentTasks).toEqual([]);
    }
    // An invited respondent who has not submitted is refused the spread too.
    expect((await sessions.late.request(SPREAD, { c: cycleId })).errors?.[0].extensions.code).toBe('NOT_ALLOWED');
  });
});

describe('the reminder from the cycle workflow', () => {
  it('reaches the invitee who has not submitted when a quarter of the time is left, and only them', async () => {
    // The test stack counts a day as a second: due in 16 s, reminded after 12 s.
    await officer.ok(INVITE, invite([{ userId: people.late.id, layer: 'VOLUNTEER' }, { userId: people.early.id, layer: 'VOLUNTEER' }], { dueDate: inDays(15) }));
    // A rebuild of the workflow from PostgreSQL would take the batch along until its reminder is sent.
    const batches = async () => (await projectedCyclesPage(stack.orm.em.fork(), { after: null, limit: 1, cycleIds: [cycleId] }))[0].respondentBatches.map((b) => b.dueDate);
    expect(await batches()).toContain(inDays(15));
    await sessions.early.ok(SUBMIT, { i: { clientMutationId: mutationId(), invitationId: await answerAll('early', 'MEETS') } });
    const reminders = (who: string) => conn().execute<{ key: string }[]>(`select key from notification where user_id = ? and kind = 'REMINDER'`, [people[who].id]);
    await waitFor('the reminder', async () => (await reminders('late')).length > 0, 45_000);
    expect(await reminders('late')).toEqual([{ key: `respondent-remind#${await invitationOf('late')}` }]);
    expect(await reminders('early')).toEqual([]);
    expect(await batches()).not.toContain(inDays(15));
    // Respondents invited earlier who all submitted get no reminder either.
    expect(await reminders('pro1')).toEqual([]);
    // With RECORD_HISTORIES=1: the history with the signal and the reminder, for the replay tests.
    recordHistory(cycleId, 'respondents-reminded');
  });
});
