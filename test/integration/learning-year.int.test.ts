import { learningYearStatusQuery, learningYearWorkflowId, type LearningYearStatus } from '../../workflows/src/learning-year';
import { LearningYearCommands } from '../../server/src/temporal/learning-year-commands';
import { LearningEntry, LearningKind } from '../../server/src/modules/learning/learning-entry.entity';
import { ContractHours } from '../../server/src/modules/learning/learning-settings.entity';
import { Role } from '../../server/src/modules/user/role';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import type { InProcessWorker } from '../support/in-process-worker';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { startInProcessWorker } from '../support/in-process-worker';
import { runAs } from '../support/operations';
import { recordWorkflowHistory } from '../support/record-history';
import { startStack, type Stack } from '../support/stack';
import { testEnv } from '../support/test-env';
import { waitFor } from '../support/wait-for';
import { refusalCheck } from './refusal-check';

/**
 * The learning year on the real Temporal dev server, with a compressed calendar (a month of 30 days of
 * DAY_MS each) so a whole year passes within the test: monthly nudges to the professionals, quarterly
 * overviews to the coordinator and the team leads, the lead of a team far under its norm told (and only the
 * lead), a scheduled scan round opened and closed, the worker stopped and started again halfway, and the year
 * closed with its report. Then the schedule following the settings by a signal, and the GraphQL refusals.
 */

const DAY_MS = 40;
const YEAR = new Date().getUTCFullYear();
const SETTINGS = `mutation($i: SetLearningSettingsInput!) { updateLearningSettings(input: $i) { id scanMonths scanOpenDays farUnderNormPercent } }`;
const TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`;
const START = `mutation($i: StartLearningYearInput!) { startLearningYear(input: $i) { year report { id } } }`;
const YEAR_STATE = `query($y: Int!) { learningYear(year: $y) { year status report { id } } }`;
const REPORT = `query($y: Int!) { learningYearReport(year: $y) { id year normPercent minContributors
  teams { teamId teamName shown usedHours offeredHours metNorm } themes { title interestCount } scanRounds { roundId period teams { teamName shown } } sessions } }`;

let stack: Stack;
let org: OrgFixture;
let coordinator: GqlSession;
let officer: GqlSession;
let professionalSession: GqlSession;
let strangerCoordinator: GqlSession;
let sector: GqlSession;
let leadA: string;
let leadB: string;
let coordinatorId: string;
let prosA: string[];
let proB: string;
let teamA: string;
let teamB: string;
/** The worker started again after the stack's own was stopped halfway through the year. */
let restarted: InProcessWorker | null = null;

const login = (email: string): Promise<GqlSession> => signedIn(stack.url, email, PASSWORD);
const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);
const keysOf = async (userId: string, prefix: string): Promise<string[]> =>
  (await sql(`select key from notification where user_id = ? and cycle_id is null and key like ? order by key`, [userId, `${prefix}%`])).map((r) => String(r.key));

beforeAll(async () => {
  stack = await startStack();
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Leerjaar'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const add = (o: OrgFixture, role: Role) => addOrganisationMember(stack.orm.em.fork(), o.organisation, role);
  const lc = await add(org, Role.ORG_LEARNING_COORDINATOR);
  coordinatorId = lc.id;
  leadA = (await add(org, Role.ORG_TEAM_LEAD)).id;
  leadB = (await add(org, Role.ORG_TEAM_LEAD)).id;
  const pros = await Promise.all(Array.from({ length: 6 }, () => add(org, Role.ORG_PROFESSIONAL)));
  prosA = pros.slice(0, 5).map((p) => p.id);
  proB = pros[5].id;
  const otherLc = await add(other, Role.ORG_LEARNING_COORDINATOR);
  [coordinator, officer, professionalSession, strangerCoordinator, sector] = await Promise.all([
    login(lc.email),
    login(org.officer),
    login(pros[0].email),
    login(otherLc.email),
    signedIn(stack.url, 'secretariaat@swn.demo', DEMO_PASSWORD),
  ]);
  teamA = (await runAs(officer, TEAM, { name: 'Wijkteam', memberIds: [leadA, ...prosA] })).saveTeam.id;
  teamB = (await runAs(officer, TEAM, { name: 'Jeugdteam', memberIds: [leadB, proB] })).saveTeam.id;
  await runAs(coordinator, SETTINGS, { normPercent: 10, minContributors: 5, scanMonths: [2], scanOpenDays: 10, farUnderNormPercent: 50 });

  // Everyone works 36 hours a week: a month offers 36 × 52/12 × 10 % = 15.6 hours per person. Team A's five
  // register 20 hours in each month of the first quarter and nothing after; team B's one person nothing.
  const em = stack.orm.em.fork();
  for (const person of [...prosA, proB]) em.create(ContractHours, { organisation: org.organisation.id, person, hoursPerWeek: 36, setBy: person, createdAt: new Date(Date.UTC(YEAR - 1, 0, 1)) });
  for (const person of prosA) {
    for (const month of ['01', '02', '03']) {
      em.create(LearningEntry, { organisation: org.organisation.id, person, date: `${YEAR}-${month}-10`, hours: 20, kind: LearningKind.TRAINING });
    }
  }
  await em.flush();
}, 120_000);

afterAll(async () => {
  await restarted?.stop();
  await stack?.stop();
});

describe('the learning year, compressed', () => {
  const workflowId = () => learningYearWorkflowId(org.organisation.id, YEAR);
  const status = () => stack.temporal.workflow.getHandle(workflowId()).query<LearningYearStatus, []>(learningYearStatusQuery);

  it('runs the whole year: nudges, overviews, the far-under signal to the lead only, a scan round, and the report; it survives a worker restart', async () => {
    const commands = new LearningYearCommands(stack.temporal, stack.taskQueue);
    const schedule = await stack.services.learningYears.schedule(stack.orm.em.fork(), org.organisation.id);
    expect(schedule).toEqual({ scanMonths: [2], scanOpenDays: 10, farUnderNormPercent: 50 });
    await commands.ensureStarted({ organisationId: org.organisation.id, year: YEAR, schedule, testDayMs: DAY_MS });
    // Started twice: the second attaches to the first.
    await commands.ensureStarted({ organisationId: org.organisation.id, year: YEAR, schedule, testDayMs: DAY_MS });

    // The scheduled round opens in month 2 for both open teams and says so to everyone of the organisation.
    const [round] = await waitFor('the scheduled round', async () => {
      const rows = await sql(`select id, period, closed_at from climate_scan_round where organisation_id = ?`, [org.organisation.id]);
      return rows.length ? rows : null;
    });
    expect(round.period).toMatch(new RegExp(`^februari ${YEAR}$`));
    expect(await sql(`select team_id from climate_scan_round_team where round_id = ? order by team_id`, [round.id])).toHaveLength(2);
    expect(await keysOf(prosA[0], 'learning-scan-open#')).toEqual([`learning-scan-open#${round.id}`]);

    // Halfway through the first quarter's overview, the worker stops; nothing is lost while none runs.
    await waitFor('the first quarter', async () => (await keysOf(coordinatorId, 'learning-quarter#')).length >= 1);
    await stack.stopWorker();
    await new Promise((r) => setTimeout(r, 30 * DAY_MS));
    restarted = await startInProcessWorker(stack.orm, testEnv().temporalAddress, stack.taskQueue);
    await stack.temporal.workflow.getHandle(workflowId()).result();

    // Twelve nudges to each professional, none to the coordinator or the leads.
    const nudges = Array.from({ length: 12 }, (_, i) => `learning-nudge#${org.organisation.id}#${YEAR}-${i + 1}`).sort();
    for (const person of [...prosA, proB]) expect(await keysOf(person, 'learning-nudge#')).toEqual(nudges);
    for (const person of [coordinatorId, leadA]) expect(await keysOf(person, 'learning-nudge#')).toEqual([]);

    // Four overviews to the coordinator and to each lead.
    const quarters = [1, 2, 3, 4].map((q) => `learning-quarter#${org.organisation.id}#${YEAR}-Q${q}`);
    for (const person of [coordinatorId, leadA, leadB]) expect(await keysOf(person, 'learning-quarter#')).toEqual(quarters);

    // Team A used more than offered in the first quarter only; team B never: each lead hears of their own team.
    expect(await keysOf(leadA, 'learning-under-norm#')).toEqual([2, 3, 4].map((q) => `learning-under-norm#${teamA}#${YEAR}-Q${q}`));
    expect(await keysOf(leadB, 'learning-under-norm#')).toEqual([1, 2, 3, 4].map((q) => `learning-under-norm#${teamB}#${YEAR}-Q${q}`));
    // Not management by name: the coordinator, the officer and the professionals get none of it.
    const [officerRow] = await sql(`select id from app_user where email = ?`, [org.officer]);
    for (const person of [coordinatorId, officerRow.id, ...prosA, proB]) expect(await keysOf(person, 'learning-under-norm#')).toEqual([]);
    const [notice] = await sql(`select title, body, kind from notification where user_id = ? and key like 'learning-under-norm#%' limit 1`, [leadB]);
    expect(notice).toMatchObject({ kind: 'LEARNING', title: 'Ruimte voor leren in team Jeugdteam' });
    expect(notice.body).not.toMatch(/\d+(\.\d+)? uur/);

    // The round closed on schedule, ten days after it opened.
    const [closed] = await sql(`select closed_at from climate_scan_round where id = ?`, [round.id]);
    expect(closed.closed_at).not.toBeNull();

    // The report: stored, answered by the workflow and by GraphQL; team B is below the threshold and not shown.
    const final = await status();
    expect(final.reportId).toBeTruthy();
    expect(final.done.map((d) => d.kind).filter((k) => k !== 'NUDGE')).toEqual(['SCAN_OPEN', 'SCAN_CLOSE', 'QUARTER', 'QUARTER', 'QUARTER', 'QUARTER', 'YEAR_CLOSE']);
    const report = (await coordinator.ok(REPORT, { y: YEAR })).learningYearReport;
    expect(report).toMatchObject({ id: final.reportId, year: YEAR, normPercent: 10, minContributors: 5 });
    expect(report.teams).toEqual([
      { teamId: teamB, teamName: 'Jeugdteam', shown: false, usedHours: null, offeredHours: null, metNorm: null },
      { teamId: teamA, teamName: 'Wijkteam', shown: true, usedHours: 300, offeredHours: 234, metNorm: true },
    ]);
    expect(report.scanRounds).toEqual([{ roundId: round.id, period: round.period, teams: [{ teamName: 'Jeugdteam', shown: false }, { teamName: 'Wijkteam', shown: false }] }]);
    expect((await officer.ok(REPORT, { y: YEAR })).learningYearReport.id).toBe(final.reportId);
    expect(await keysOf(coordinatorId, 'learning-year#')).toEqual([`learning-year#${org.organisation.id}#${YEAR}`]);
    recordWorkflowHistory(workflowId(), 'learning-year-compressed');
  }, 120_000);

  it('another organisation reads no report of this one; a professional and the sector body may not read reports', async () => {
    expect((await strangerCoordinator.ok(REPORT, { y: YEAR })).learningYearReport).toBeNull();
    for (const who of [professionalSession, sector]) expect((await who.refused(REPORT, { y: YEAR })).extensions.code).toBe('NOT_ALLOWED');
  });
});

describe('the schedule follows the settings', () => {
  it('a settings change reaches the running year by a signal', async () => {
    // A slow calendar, so nothing falls due while the test looks.
    const slowOrg = await createOrganisation(stack.orm.em.fork(), 'Traag');
    const lc = await addOrganisationMember(stack.orm.em.fork(), slowOrg.organisation, Role.ORG_LEARNING_COORDINATOR);
    const session = await login(lc.email);
    const commands = new LearningYearCommands(stack.temporal, stack.taskQueue);
    await commands.ensureStarted({ organisationId: slowOrg.organisation.id, year: YEAR, schedule: { scanMonths: [3, 9], scanOpenDays: 21, farUnderNormPercent: 50 }, testDayMs: 3_600_000 });
    const handle = stack.temporal.workflow.getHandle(learningYearWorkflowId(slowOrg.organisation.id, YEAR));
    try {
      const saved = (await runAs(session, SETTINGS, { normPercent: 12, minContributors: 5, scanMonths: [10, 4], scanOpenDays: 14, farUnderNormPercent: 40 })).updateLearningSettings;
      expect(saved).toMatchObject({ scanMonths: [4, 10], scanOpenDays: 14, farUnderNormPercent: 40 });
      await waitFor('the new schedule', async () => {
        const s = await handle.query<LearningYearStatus, []>(learningYearStatusQuery);
        return s.schedule.scanOpenDays === 14 ? s : null;
      });
      expect((await handle.query<LearningYearStatus, []>(learningYearStatusQuery)).schedule).toEqual({ scanMonths: [4, 10], scanOpenDays: 14, farUnderNormPercent: 40 });
      // A field left out keeps the value in force.
      expect((await runAs(session, SETTINGS, { normPercent: 12, minContributors: 5 })).updateLearningSettings).toMatchObject({ scanMonths: [4, 10], scanOpenDays: 14, farUnderNormPercent: 40 });
      await waitFor('the second signal', async () => (await handle.fetchHistory()).events!.filter((e) => e.workflowExecutionSignaledEventAttributes).length >= 2);
      recordWorkflowHistory(handle.workflowId, 'learning-year-schedule-signal');
    } finally {
      await handle.terminate('test done');
    }
  });
});

describe('startLearningYear and the schedule settings through GraphQL', () => {
  const snapshot = async () =>
    (await sql(`select count(*)::int as n, md5(coalesce(string_agg(id::text, ',' order by id), '')) as ids from learning_settings where organisation_id = ?`, [org.organisation.id]))[0];
  const expectRefused = refusalCheck(snapshot);

  it('refuses a bad schedule, naming the field, and keeps nothing', async () => {
    const base = { normPercent: 10, minContributors: 5 };
    await expectRefused(coordinator, SETTINGS, { ...base, scanMonths: [0] }, { code: 'BAD_USER_INPUT', field: 'scanMonths.0' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanMonths: [3, 13] }, { code: 'BAD_USER_INPUT', field: 'scanMonths.1' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanMonths: [3, 3] }, { code: 'BAD_USER_INPUT', field: 'scanMonths' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanMonths: [1, 3, 5, 7, 9] }, { code: 'BAD_USER_INPUT', field: 'scanMonths' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanOpenDays: 0 }, { code: 'BAD_USER_INPUT', field: 'scanOpenDays' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanOpenDays: 61 }, { code: 'BAD_USER_INPUT', field: 'scanOpenDays' });
    await expectRefused(coordinator, SETTINGS, { ...base, scanMonths: [3, 4], scanOpenDays: 40 }, { code: 'BAD_USER_INPUT', field: 'scanOpenDays' });
    await expectRefused(coordinator, SETTINGS, { ...base, farUnderNormPercent: -1 }, { code: 'BAD_USER_INPUT', field: 'farUnderNormPercent' });
    await expectRefused(coordinator, SETTINGS, { ...base, farUnderNormPercent: 101 }, { code: 'BAD_USER_INPUT', field: 'farUnderNormPercent' });
  });

  it('refuses a year other than last, this or next year, and other roles', async () => {
    for (const year of [YEAR - 2, YEAR + 2, 1999]) await expectRefused(coordinator, START, { year }, { code: 'BAD_USER_INPUT', field: 'year' });
    await expectRefused(professionalSession, START, { year: YEAR }, { code: 'NOT_ALLOWED' });
    await expectRefused(sector, START, { year: YEAR }, { code: 'NOT_ALLOWED' });
  });

  it('learningYear answers the state of the year for the coordinator and the quality officer only', async () => {
    const refusal = async (who: GqlSession, y: number) => (await who.request(YEAR_STATE, { y })).errors?.map((e) => ({ code: e.extensions.code, field: e.extensions.field }));
    expect(await refusal(coordinator, 1999)).toEqual([{ code: 'BAD_USER_INPUT', field: 'year' }]);
    expect(await refusal(professionalSession, YEAR + 1)).toEqual([{ code: 'NOT_ALLOWED', field: undefined }]);
    expect(await refusal(sector, YEAR + 1)).toEqual([{ code: 'NOT_ALLOWED', field: undefined }]);
    expect((await officer.ok(YEAR_STATE, { y: YEAR + 1 })).learningYear).toEqual({ year: YEAR + 1, status: 'NOT_STARTED', report: null });
    const started = (await coordinator.ok(`mutation($i: StartLearningYearInput!) { startLearningYear(input: $i) { year status } }`, { i: { clientMutationId: `next-${org.organisation.id}`, year: YEAR + 1 } })).startLearningYear;
    expect(started).toEqual({ year: YEAR + 1, status: 'RUNNING' });
    expect((await officer.ok(YEAR_STATE, { y: YEAR + 1 })).learningYear.status).toBe('RUNNING');
    // Another organisation's coordinator reads its own year, which nobody started.
    expect((await strangerCoordinator.ok(YEAR_STATE, { y: YEAR + 1 })).learningYear.status).toBe('NOT_STARTED');
    const handle = stack.temporal.workflow.getHandle(learningYearWorkflowId(org.organisation.id, YEAR + 1));
    await handle.terminate('test done');
    // Stopped without a report: not running, so the screen offers to start it again.
    expect((await officer.ok(YEAR_STATE, { y: YEAR + 1 })).learningYear.status).toBe('NOT_STARTED');
  });

  it('last year, started now, closes at once with its report; a retry answers the same', async () => {
    const i = { clientMutationId: `start-${org.organisation.id}`, year: YEAR - 1 };
    const started = (await coordinator.ok(START, { i })).startLearningYear;
    expect(started.year).toBe(YEAR - 1);
    const handle = stack.temporal.workflow.getHandle(learningYearWorkflowId(org.organisation.id, YEAR - 1));
    const { reportId } = await handle.result();
    expect((await coordinator.ok(START, { i })).startLearningYear).toEqual({ year: YEAR - 1, report: { id: reportId } });
    expect((await officer.ok(REPORT, { y: YEAR - 1 })).learningYearReport).toMatchObject({ id: reportId, year: YEAR - 1 });
    expect((await strangerCoordinator.ok(REPORT, { y: YEAR - 1 })).learningYearReport).toBeNull();
    expect((await officer.ok(YEAR_STATE, { y: YEAR - 1 })).learningYear).toEqual({ year: YEAR - 1, status: 'CLOSED', report: { id: reportId } });
  });
});
