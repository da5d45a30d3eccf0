import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { mutationId, runAs } from '../support/operations';
import { refusalCheck } from './refusal-check';
import { startStack, type Stack } from '../support/stack';

/**
 * The learning-climate scan through GraphQL and PostgreSQL: the coordinator keeps the statements (versioned)
 * and opens and closes rounds; people answer once per team, anonymously; results show per team only for a
 * closed round and at least the threshold of people; the team lead records what the team agreed. Another
 * organisation reaches none of it, and every refusal names its code and field and changes nothing.
 */

const QUESTIONS = `{ climateScanQuestions { version illustrative questions { id condition textNl textEn } } }`;
const SAVE_QUESTIONS = `mutation($i: SaveClimateScanQuestionsInput!) { saveClimateScanQuestions(input: $i) { id version illustrative questions { id condition textNl } } }`;
const ROUND_FIELDS = `id period open closedAt questionSetVersion illustrative questions { id condition } teams { id name }`;
const OPEN = `mutation($i: OpenClimateScanRoundInput!) { openClimateScanRound(input: $i) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($i: CloseClimateScanRoundInput!) { closeClimateScanRound(input: $i) { id open closedAt } }`;
const SCAN = `{ climateScan { round { id period questions { id condition textNl } } teams { teamId teamName answered } } }`;
const ANSWER = `mutation($i: AnswerClimateScanInput!) { answerClimateScan(input: $i) { round { id } teams { teamId answered } } }`;
const RESULTS = `query($r: ID!) { climateScanResults(roundId: $r) { minRespondents round { id open }
  teams { teamId teamName shown respondents conditions { condition average count } agreement { text writtenBy { name } } } } }`;
const AGREE = `mutation($i: RecordTeamClimateAgreementInput!) { recordTeamClimateAgreement(input: $i) { teamId text } }`;
const SETTINGS = `mutation($i: SetLearningSettingsInput!) { updateLearningSettings(input: $i) { id } }`;
const TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`;

let stack: Stack;
let org: OrgFixture;
let coordinator: GqlSession;
let officer: GqlSession;
let lead: GqlSession;
let teamA: string;
let teamB: string;
let archivedTeam: string;
let foreignTeam: string;
/** Team A: the lead and three professionals; team B: two professionals. */
let inA: GqlSession[];
let inB: GqlSession[];
let loner: GqlSession;
let stranger: GqlSession;
let strangerOfficer: GqlSession;
let auditor: GqlSession;

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);
const run = runAs;
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);

/** Everything of this organisation's scan a refused command could have written. */
const snapshot = async () =>
  (
    await sql(
      `select
      (select md5(coalesce(string_agg(id::text || version || questions::text, ',' order by id), '')) from climate_scan_question_set where organisation_id = ?) as sets,
      (select md5(coalesce(string_agg(id::text || period || coalesce(closed_at::text, '-'), ',' order by id), '')) from climate_scan_round where organisation_id = ?) as rounds,
      (select count(*)::int from climate_scan_round_team t join climate_scan_round r on r.id = t.round_id where r.organisation_id = ?) as round_teams,
      (select count(*)::int from climate_scan_participation p join climate_scan_round r on r.id = p.round_id where r.organisation_id = ?) as markers,
      (select md5(coalesce(string_agg(s.id::text || s.scores::text, ',' order by s.id), '')) from climate_scan_response s join climate_scan_round r on r.id = s.round_id where r.organisation_id = ?) as responses,
      (select md5(coalesce(string_agg(a.id::text || a.text, ',' order by a.id), '')) from climate_team_agreement a join climate_scan_round r on r.id = a.round_id where r.organisation_id = ?) as agreements`,
      Array(6).fill(org.organisation.id),
    )
  )[0];
const expectRefused = refusalCheck(snapshot);

/** A score per statement: the same score for all statements of a condition. */
const answersFor = (questions: { id: string; condition: string }[], scores: Record<string, number>) => questions.map((q) => ({ questionId: q.id, score: scores[q.condition] }));

beforeAll(async () => {
  stack = await startStack({ worker: false });
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Klimaat'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const add = (o: OrgFixture, role: Role) => addOrganisationMember(stack.orm.em.fork(), o.organisation, role);
  const lc = await add(org, Role.ORG_LEARNING_COORDINATOR);
  const tl = await add(org, Role.ORG_TEAM_LEAD);
  const pros = await Promise.all(Array.from({ length: 6 }, () => add(org, Role.ORG_PROFESSIONAL)));
  const sp = await add(other, Role.ORG_PROFESSIONAL);
  [coordinator, officer, lead, stranger, strangerOfficer, auditor] = await Promise.all([
    login(lc.email),
    login(org.officer),
    login(tl.email),
    login(sp.email),
    login(other.officer),
    login(await createCiAuditor(stack.orm.em.fork())),
  ]);
  const sessions = await Promise.all(pros.map((p) => login(p.email)));
  inA = sessions.slice(0, 3);
  inB = sessions.slice(3, 5);
  loner = sessions[5];
  teamA = (await run(officer, TEAM, { name: 'Wijkteam Noord', memberIds: [tl.id, ...pros.slice(0, 3).map((p) => p.id)] })).saveTeam.id;
  teamB = (await run(officer, TEAM, { name: 'Jeugdteam', memberIds: pros.slice(3, 5).map((p) => p.id) })).saveTeam.id;
  archivedTeam = (await run(officer, TEAM, { name: 'Oud team', memberIds: [] })).saveTeam.id;
  await run(officer, `mutation($i: ArchiveTeamInput!) { archiveTeam(input: $i) { id } }`, { teamId: archivedTeam });
  foreignTeam = (await run(strangerOfficer, TEAM, { name: 'Elders team', memberIds: [sp.id] })).saveTeam.id;
  await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 3 });
});
afterAll(async () => {
  await stack?.stop();
});

describe('the learning-climate scan', () => {
  let roundId: string;
  let questions: { id: string; condition: string; textNl: string }[];

  it('offers an illustrative set of statements, three per condition, until the organisation saves its own', async () => {
    const set = (await coordinator.ok(QUESTIONS)).climateScanQuestions;
    expect(set).toMatchObject({ version: 0, illustrative: true });
    const perCondition = set.questions.reduce((m: Record<string, number>, q: { condition: string }) => ({ ...m, [q.condition]: (m[q.condition] ?? 0) + 1 }), {});
    expect(perCondition).toEqual({ POSITIVE_ENVIRONMENT: 3, ROOM_AND_SUPPORT: 3, SHARED_VISION: 3 });
    expect(set.questions.every((q: { textNl: string; textEn: string }) => q.textNl && q.textEn)).toBe(true);
  });

  it('the coordinator opens a round with the statements in use; a set saved later does not change the round', async () => {
    const round = (await run(coordinator, OPEN, { period: ' Najaar 2026 ', teamIds: [teamB, teamA, teamA] })).openClimateScanRound;
    roundId = round.id;
    expect(round).toMatchObject({ period: 'Najaar 2026', open: true, closedAt: null, questionSetVersion: 1, illustrative: true });
    expect(round.teams.map((t: { id: string }) => t.id)).toEqual([teamB, teamA]);
    questions = (await inA[0].ok(SCAN)).climateScan.round.questions;
    expect(questions).toHaveLength(9);

    const saved = (
      await run(coordinator, SAVE_QUESTIONS, {
        questions: [
          { condition: 'POSITIVE_ENVIRONMENT', textNl: ' Ik durf fouten te bespreken. ', textEn: 'I dare to discuss mistakes.' },
          { condition: 'ROOM_AND_SUPPORT', textNl: 'Ik krijg tijd om te leren.' },
          { condition: 'SHARED_VISION', textNl: 'We weten waar we samen naartoe leren.' },
        ],
      })
    ).saveClimateScanQuestions;
    expect(saved).toMatchObject({ version: 2, illustrative: false, questions: [{ textNl: 'Ik durf fouten te bespreken.' }, {}, {}] });
    expect((await officer.ok(QUESTIONS)).climateScanQuestions).toMatchObject({ version: 2, illustrative: false });
    expect((await inA[1].ok(SCAN)).climateScan.round.questions).toEqual(questions);
  });

  it('shows the open round to the people of its teams, with whether they answered; to anyone else nothing', async () => {
    expect((await inA[0].ok(SCAN)).climateScan).toMatchObject({ round: { id: roundId, period: 'Najaar 2026' }, teams: [{ teamId: teamA, teamName: 'Wijkteam Noord', answered: false }] });
    expect((await lead.ok(SCAN)).climateScan.teams).toEqual([{ teamId: teamA, teamName: 'Wijkteam Noord', answered: false }]);
    for (const who of [loner, coordinator, stranger]) expect((await who.ok(SCAN)).climateScan).toBeNull();
  });

  it('refuses incomplete or wrong answers naming the answer or the statement left out, and changes nothing', async () => {
    const all = answersFor(questions, { POSITIVE_ENVIRONMENT: 4, ROOM_AND_SUPPORT: 4, SHARED_VISION: 4 });
    const r = await inA[0].request(ANSWER, { i: { clientMutationId: mutationId(), roundId, teamId: teamA, answers: all.slice(1) } });
    expect(r.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'answers', questionId: questions[0].id }]);
    expect(r.errors?.[0].message).toContain(questions[0].textNl);
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamA, answers: [{ ...all[0], score: 6 }, ...all.slice(1)] }, { code: 'BAD_USER_INPUT', field: 'answers.0.score' });
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamA, answers: [{ ...all[0], score: 0 }, ...all.slice(1)] }, { code: 'BAD_USER_INPUT', field: 'answers.0.score' });
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamA, answers: [...all, { questionId: 'elsewhere', score: 3 }] }, { code: 'BAD_USER_INPUT', field: 'answers.9.questionId' });
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamA, answers: [...all, all[2]] }, { code: 'BAD_USER_INPUT', field: 'answers.9.questionId', message: /twice/ });
    await expectRefused(inA[0], ANSWER, { roundId, teamId: 'not-an-id', answers: all }, { code: 'BAD_USER_INPUT', field: 'teamId' });
    // A team of the round the person is not in, a team not in the round, a round of nothing.
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamB, answers: all }, { code: 'NOT_FOUND', field: 'teamId', message: /^Team was not found\.$/ });
    await expectRefused(lead, ANSWER, { roundId, teamId: archivedTeam, answers: all }, { code: 'NOT_FOUND', field: 'teamId' });
    await expectRefused(inA[0], ANSWER, { roundId: randomUUID(), teamId: teamA, answers: all }, { code: 'NOT_FOUND', message: /^Climate scan round was not found\.$/ });
    await expectRefused(stranger, ANSWER, { roundId, teamId: teamA, answers: all }, { code: 'NOT_FOUND', message: /^Climate scan round was not found\.$/ });
    await expectRefused(auditor, ANSWER, { roundId, teamId: teamA, answers: all }, { code: 'NOT_ALLOWED' });
  });

  it('takes one answer per person and team; a second is a CONFLICT', async () => {
    const scores = [
      { POSITIVE_ENVIRONMENT: 5, ROOM_AND_SUPPORT: 3, SHARED_VISION: 4 },
      { POSITIVE_ENVIRONMENT: 4, ROOM_AND_SUPPORT: 2, SHARED_VISION: 4 },
      { POSITIVE_ENVIRONMENT: 3, ROOM_AND_SUPPORT: 1, SHARED_VISION: 5 },
    ];
    for (const [i, who] of inA.entries()) {
      expect((await run(who, ANSWER, { roundId, teamId: teamA, answers: answersFor(questions, scores[i]) })).answerClimateScan.teams).toEqual([{ teamId: teamA, answered: true }]);
    }
    for (const who of inB) await run(who, ANSWER, { roundId, teamId: teamB, answers: answersFor(questions, scores[0]) });
    await expectRefused(inA[0], ANSWER, { roundId, teamId: teamA, answers: answersFor(questions, scores[2]) }, { code: 'CONFLICT', message: /already/ });
    expect((await inA[0].ok(SCAN)).climateScan.teams).toEqual([{ teamId: teamA, teamName: 'Wijkteam Noord', answered: true }]);
    expect(await sql(`select count(*)::int as n from climate_scan_response where round_id = ? and team_id = ?`, [roundId, teamA])).toEqual([{ n: 3 }]);
  });

  it('keeps the answers where nothing ties them to a person: no person, time or receipt points at them', async () => {
    const columns = (await sql(`select column_name from information_schema.columns where table_name = 'climate_scan_response' order by column_name`)).map((c) => c.column_name);
    expect(columns).toEqual(['id', 'round_id', 'scores', 'team_id']);
    const links = await sql(
      `select count(*)::int as n from information_schema.constraint_column_usage u join information_schema.table_constraints c on c.constraint_name = u.constraint_name
       where c.table_name = 'climate_scan_response' and c.constraint_type = 'FOREIGN KEY' and u.table_name not in ('climate_scan_round', 'team')`,
    );
    expect(links).toEqual([{ n: 0 }]);
    // The receipts of the answers remember the round, never an answer row.
    const receipts = await sql(`select (result_id in (select id from climate_scan_response)) as answer, (result_id = ?) as round from mutation_receipt where operation = 'answerClimateScan' and result_id in (select id from climate_scan_response union select ?::uuid)`, [roundId, roundId]);
    expect(receipts).toHaveLength(5);
    expect(receipts.every((r) => !r.answer && r.round)).toBe(true);
  });

  it('shows no figures while the round is open, as the last answer could be read from the change', async () => {
    const results = (await coordinator.ok(RESULTS, { r: roundId })).climateScanResults;
    expect(results.round).toEqual({ id: roundId, open: true });
    expect(results.teams.map((t: { shown: boolean; respondents: number | null }) => [t.shown, t.respondents])).toEqual([[false, null], [false, null]]);
  });

  it('closes the round: no more answers, and the figures of a team show from the threshold on', async () => {
    expect((await run(coordinator, CLOSE, { roundId })).closeClimateScanRound).toMatchObject({ id: roundId, open: false, closedAt: expect.any(String) });
    await expectRefused(coordinator, CLOSE, { roundId }, { code: 'CONFLICT', message: /closed already/ });
    await expectRefused(loner, ANSWER, { roundId, teamId: teamA, answers: answersFor(questions, { POSITIVE_ENVIRONMENT: 1, ROOM_AND_SUPPORT: 1, SHARED_VISION: 1 }) }, { code: 'NOT_FOUND', field: 'teamId' });
    await expectRefused(lead, ANSWER, { roundId, teamId: teamA, answers: answersFor(questions, { POSITIVE_ENVIRONMENT: 1, ROOM_AND_SUPPORT: 1, SHARED_VISION: 1 }) }, { code: 'WRONG_PHASE' });
    const results = (await coordinator.ok(RESULTS, { r: roundId })).climateScanResults;
    expect(results.minRespondents).toBe(3);
    expect(results.teams).toEqual([
      {
        teamId: teamB,
        teamName: 'Jeugdteam',
        shown: false,
        respondents: null,
        conditions: ['POSITIVE_ENVIRONMENT', 'ROOM_AND_SUPPORT', 'SHARED_VISION'].map((condition) => ({ condition, average: null, count: null })),
        agreement: null,
      },
      {
        teamId: teamA,
        teamName: 'Wijkteam Noord',
        shown: true,
        respondents: 3,
        conditions: [
          { condition: 'POSITIVE_ENVIRONMENT', average: 4, count: 3 },
          { condition: 'ROOM_AND_SUPPORT', average: 2, count: 3 },
          { condition: 'SHARED_VISION', average: 4.33, count: 3 },
        ],
        agreement: null,
      },
    ]);
    // Raising the threshold hides the figures at once, as for the learning overview.
    await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 4 });
    expect((await officer.ok(RESULTS, { r: roundId })).climateScanResults.teams.map((t: { shown: boolean }) => t.shown)).toEqual([false, false]);
    await run(coordinator, SETTINGS, { normPercent: 10, minContributors: 3 });
  });

  it('the team lead records what the team agreed; it shows beside the results', async () => {
    const agreed = (await run(lead, AGREE, { roundId, teamId: teamA, text: ' We plannen elke maand een leermoment. ' })).recordTeamClimateAgreement;
    expect(agreed).toEqual({ teamId: teamA, text: 'We plannen elke maand een leermoment.' });
    const teamAResult = (await coordinator.ok(RESULTS, { r: roundId })).climateScanResults.teams.find((t: { teamId: string }) => t.teamId === teamA);
    expect(teamAResult.agreement).toEqual({ text: 'We plannen elke maand een leermoment.', writtenBy: { name: expect.stringContaining('ORG_TEAM_LEAD') } });
    await run(lead, AGREE, { roundId, teamId: teamA, text: 'We plannen elke maand een leermoment en delen wat we leerden.' });
    expect(await sql(`select count(*)::int as n from climate_team_agreement where round_id = ?`, [roundId])).toEqual([{ n: 1 }]);
    await expectRefused(lead, AGREE, { roundId, teamId: teamB, text: 'Niet mijn team' }, { code: 'NOT_FOUND', field: 'teamId' });
    await expectRefused(lead, AGREE, { roundId: randomUUID(), teamId: teamA, text: 'Niets' }, { code: 'NOT_FOUND', message: /^Climate scan round was not found\.$/ });
    await expectRefused(lead, AGREE, { roundId, teamId: teamA, text: 'x'.repeat(4001) }, { code: 'BAD_USER_INPUT', field: 'text' });
    await expectRefused(inA[0], AGREE, { roundId, teamId: teamA, text: 'Geen teamleider' }, { code: 'NOT_ALLOWED' });
    await expectRefused(coordinator, AGREE, { roundId, teamId: teamA, text: 'Geen teamleider' }, { code: 'NOT_ALLOWED' });
  });

  it('each sees the teams they may: the coordinator and officer all, a team lead and members their own; another organisation nothing', async () => {
    const seen = async (who: GqlSession) => (await who.ok(RESULTS, { r: roundId })).climateScanResults.teams.map((t: { teamId: string }) => t.teamId);
    expect(await seen(coordinator)).toEqual([teamB, teamA]);
    expect(await seen(officer)).toEqual([teamB, teamA]);
    expect(await seen(lead)).toEqual([teamA]);
    expect(await seen(inA[1])).toEqual([teamA]);
    expect(await seen(inB[0])).toEqual([teamB]);
    expect(await seen(loner)).toEqual([]);
    for (const who of [stranger, strangerOfficer]) {
      const r = await who.request(RESULTS, { r: roundId });
      expect(r.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['NOT_FOUND', 'Climate scan round was not found.']]);
    }
    expect((await auditor.request(RESULTS, { r: roundId })).errors?.map((e) => e.extensions.code)).toEqual(['NOT_ALLOWED']);
    expect((await strangerOfficer.ok(`{ climateScanRounds { totalCount } }`)).climateScanRounds.totalCount).toBe(0);
    expect((await inB[1].ok(`{ climateScanRounds { totalCount nodes { id open teams { id } } } }`)).climateScanRounds).toMatchObject({ totalCount: 1, nodes: [{ id: roundId, open: false }] });
  });

  it('refuses bad statements and rounds naming the field, and changes nothing', async () => {
    await expectRefused(coordinator, SAVE_QUESTIONS, { questions: [{ condition: 'POSITIVE_ENVIRONMENT', textNl: 'Alleen deze' }] }, { code: 'BAD_USER_INPUT', field: 'questions', message: /ROOM_AND_SUPPORT, SHARED_VISION/ });
    await expectRefused(coordinator, SAVE_QUESTIONS, { questions: [] }, { code: 'BAD_USER_INPUT', field: 'questions' });
    await expectRefused(coordinator, SAVE_QUESTIONS, { questions: [{ condition: 'SHARED_VISION', textNl: '  ' }] }, { code: 'BAD_USER_INPUT', field: 'questions.0.textNl' });
    await expectRefused(coordinator, SAVE_QUESTIONS, { questions: [{ condition: 'SHARED_VISION', textNl: 'x'.repeat(301) }] }, { code: 'BAD_USER_INPUT', field: 'questions.0.textNl' });
    await expectRefused(inA[0], SAVE_QUESTIONS, { questions: [{ condition: 'SHARED_VISION', textNl: 'Geen coördinator' }] }, { code: 'NOT_ALLOWED' });
    await expectRefused(coordinator, OPEN, { period: '', teamIds: [teamA] }, { code: 'BAD_USER_INPUT', field: 'period' });
    await expectRefused(coordinator, OPEN, { period: 'Leeg', teamIds: [] }, { code: 'BAD_USER_INPUT', field: 'teamIds' });
    await expectRefused(coordinator, OPEN, { period: 'Onbekend', teamIds: [teamA, randomUUID()] }, { code: 'NOT_FOUND', field: 'teamIds', message: /^Team was not found\.$/ });
    await expectRefused(coordinator, OPEN, { period: 'Elders', teamIds: [foreignTeam] }, { code: 'NOT_FOUND', field: 'teamIds' });
    await expectRefused(coordinator, OPEN, { period: 'Archief', teamIds: [archivedTeam] }, { code: 'CONFLICT', field: 'teamIds', message: /archived/ });
    await expectRefused(lead, OPEN, { period: 'Teamleider', teamIds: [teamA] }, { code: 'NOT_ALLOWED' });
    await expectRefused(stranger, CLOSE, { roundId }, { code: 'NOT_ALLOWED' });
    await expectRefused(strangerOfficer, CLOSE, { roundId }, { code: 'NOT_FOUND', message: /^Climate scan round was not found\.$/ });
  });

  it('one round at a time: a second is refused while the first is open; the new round asks the saved statements', async () => {
    const next = (await run(officer, OPEN, { period: 'Voorjaar 2027', teamIds: [teamA] })).openClimateScanRound;
    expect(next).toMatchObject({ questionSetVersion: 2, illustrative: false });
    expect(next.questions).toHaveLength(3);
    await expectRefused(coordinator, OPEN, { period: 'Nog een', teamIds: [teamB] }, { code: 'CONFLICT', message: /Voorjaar 2027/ });
    // A person asked in the new round answers the new statements; the closed round's results stay as they were.
    expect((await inA[2].ok(SCAN)).climateScan).toMatchObject({ round: { id: next.id }, teams: [{ teamId: teamA, answered: false }] });
    await run(inA[2], ANSWER, { roundId: next.id, teamId: teamA, answers: answersFor(next.questions, { POSITIVE_ENVIRONMENT: 2, ROOM_AND_SUPPORT: 2, SHARED_VISION: 2 }) });
    expect((await coordinator.ok(RESULTS, { r: roundId })).climateScanResults.teams[1].respondents).toBe(3);
  });

  it("a person's export lists the rounds they answered, not what; deleting takes the markers of closed rounds only", async () => {
    const person = inA[2];
    const exported = JSON.parse((await person.ok(`{ exportMyLearningData { json } }`)).exportMyLearningData.json);
    expect(exported.climateScansAnswered.map((a: { period: string; team: string }) => [a.period, a.team])).toEqual([
      ['Najaar 2026', 'Wijkteam Noord'],
      ['Voorjaar 2027', 'Wijkteam Noord'],
    ]);
    expect(JSON.stringify(exported.climateScansAnswered)).not.toMatch(/score/);
    const deleted = (await run(person, `mutation($i: DeleteMyLearningDataInput!) { deleteMyLearningData(input: $i) { climateScanMarkers } }`, { confirm: true })).deleteMyLearningData;
    expect(deleted).toEqual({ climateScanMarkers: 1 });
    // The open round's marker stays, so the person still cannot answer twice there.
    expect((await person.ok(SCAN)).climateScan.teams).toEqual([{ teamId: teamA, teamName: 'Wijkteam Noord', answered: true }]);
    // The answers stay: they were never the person's to take, and nobody can tell which are theirs.
    expect(await sql(`select count(*)::int as n from climate_scan_response where round_id = ? and team_id = ?`, [roundId, teamA])).toEqual([{ n: 3 }]);
  });
});
