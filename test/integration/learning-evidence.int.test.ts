import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-accounts';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { runAs, START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';
import { refusalCheck } from './refusal-check';

/**
 * Learning as evidence and as sector figures. The organisation links its learning year report and a closed
 * climate-scan round to a norm of its cycle; whoever reads the cycle reads them as aggregates. The sector body
 * reads the sector's learning figures only over at least five organisations; an organisation reads none.
 */

const LINK = `mutation($i: LinkLearningEvidenceInput!) { linkLearningEvidence(input: $i) { id normId normCode linkedInPhase } }`;
const UNLINK = `mutation($i: UnlinkLearningEvidenceInput!) { unlinkLearningEvidence(input: $i) }`;
const LIST = `query($c: ID!) { learningEvidence(cycleId: $c) { id normCode learningYearReport { year teams { teamName shown usedHours } }
  climateScan { period teams { teamName shown averages { condition average } } } } }`;
const SECTOR = `query($y: Int!) { sectorLearningFigures(year: $y) { year minOrganisations enough shareMeetingOwnNorm organisationsWithFigures
  themes { title organisations } scanAverages { condition average } organisationsWithScan } }`;
const TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`;
const OPEN = `mutation($i: OpenClimateScanRoundInput!) { openClimateScanRound(input: $i) { id } }`;
const CLOSE = `mutation($i: CloseClimateScanRoundInput!) { closeClimateScanRound(input: $i) { id } }`;

let stack: Stack;
let org: OrgFixture;
let officer: GqlSession;
let coordinator: GqlSession;
let strangerOfficer: GqlSession;
let sector: GqlSession;
let cycleId: string;
let normId: string;
let reportId: string;
let foreignReportId: string;
let closedRound: string;
let openRound: string;
let foreignRound: string;

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);
const login = (email: string) => signedIn(stack.url, email, PASSWORD);

/** A report as the workflow stores it, written straight in. */
const report = async (organisationId: string, year: number, content: Record<string, unknown>) =>
  (await sql(`insert into learning_year_report (id, organisation_id, year, content) values (gen_random_uuid(), ?, ?, ?::jsonb) returning id`, [organisationId, year, JSON.stringify(content)]))[0].id as string;
const content = (teams: { shown: boolean; used: number; offered: number }[], themes: string[] = [], scan: number | null = null) => ({
  normPercent: 10,
  minContributors: 5,
  teams: teams.map((t, i) => ({ teamId: randomUUID(), teamName: `Team ${i}`, shown: t.shown, usedHours: t.shown ? t.used : null, offeredHours: t.shown ? t.offered : null, metNorm: t.shown ? t.used >= t.offered : null })),
  themes: themes.map((title) => ({ title, interestCount: 3 })),
  scanRounds:
    scan === null
      ? []
      : [{ roundId: randomUUID(), period: 'Voorjaar', teams: [{ teamName: 'Team 0', shown: true, averages: ['POSITIVE_ENVIRONMENT', 'ROOM_AND_SUPPORT', 'SHARED_VISION'].map((condition) => ({ condition, average: scan })) }] }],
  sessions: 0,
});

beforeAll(async () => {
  stack = await startStack();
  let other: OrgFixture;
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Bewijs'), await createOrganisation(stack.orm.em.fork(), 'Elders')];
  const lc = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_LEARNING_COORDINATOR);
  const otherLc = await addOrganisationMember(stack.orm.em.fork(), other.organisation, Role.ORG_LEARNING_COORDINATOR);
  let strangerCoordinator: GqlSession;
  [officer, coordinator, strangerOfficer, strangerCoordinator, sector] = await Promise.all([
    login(org.officer),
    login(lc.email),
    login(other.officer),
    login(otherLc.email),
    signedIn(stack.url, 'secretariaat@swn.demo', DEMO_PASSWORD),
  ]);
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  // Placed in the self-evaluation as the projection would, after the workflow recorded its start.
  await sql(`update cycle set phase = 'SELF_EVALUATION' where id = ?`, [cycleId]);
  [{ id: normId }] = await sql(`select n.id from norm n where n.framework_version_id = ? order by n.code limit 1`, [stack.demo.framework.id]);
  reportId = await report(org.organisation.id, 2025, content([{ shown: true, used: 120, offered: 100 }]));
  foreignReportId = await report(other.organisation.id, 2025, content([{ shown: true, used: 1, offered: 100 }]));
  const teamId = (await runAs(officer, TEAM, { name: 'Wijkteam', memberIds: [] })).saveTeam.id;
  closedRound = (await runAs(coordinator, OPEN, { period: 'Voorjaar 2026', teamIds: [teamId] })).openClimateScanRound.id;
  await runAs(coordinator, CLOSE, { roundId: closedRound });
  openRound = (await runAs(coordinator, OPEN, { period: 'Najaar 2026', teamIds: [teamId] })).openClimateScanRound.id;
  const foreignTeam = (await runAs(strangerOfficer, TEAM, { name: 'Elders', memberIds: [] })).saveTeam.id;
  foreignRound = (await runAs(strangerCoordinator, OPEN, { period: 'Elders', teamIds: [foreignTeam] })).openClimateScanRound.id;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('learning as evidence for a norm', () => {
  const snapshot = async () => (await sql(`select count(*)::int as n from learning_evidence_link where cycle_id = ?`, [cycleId]))[0];
  const expectRefused = refusalCheck(snapshot);
  let reportLink: string;

  it('links the year report and a closed round to a norm; linking again finds the same link', async () => {
    const first = (await runAs(officer, LINK, { cycleId, normId, learningYearReportId: reportId })).linkLearningEvidence;
    reportLink = first.id;
    expect(first.normId).toBe(normId);
    expect((await runAs(officer, LINK, { cycleId, normId, learningYearReportId: reportId })).linkLearningEvidence.id).toBe(first.id);
    await runAs(officer, LINK, { cycleId, normId, climateScanRoundId: closedRound });
    const links = (await officer.ok(LIST, { c: cycleId })).learningEvidence;
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ learningYearReport: { year: 2025, teams: [{ teamName: 'Team 0', shown: true, usedHours: 120 }] }, climateScan: null });
    // A team without five answers shows no averages, in the evidence as in the results.
    expect(links[1]).toMatchObject({ learningYearReport: null, climateScan: { period: 'Voorjaar 2026', teams: [{ teamName: 'Wijkteam', shown: false }] } });
    expect(links[1].climateScan.teams[0].averages.every((a: { average: number | null }) => a.average === null)).toBe(true);
  });

  it('refuses bad input, others’ things and other roles, naming the field, and keeps nothing', async () => {
    await expectRefused(officer, LINK, { cycleId, normId }, { code: 'BAD_USER_INPUT', field: 'learningYearReportId' });
    await expectRefused(officer, LINK, { cycleId, normId, learningYearReportId: reportId, climateScanRoundId: closedRound }, { code: 'BAD_USER_INPUT', field: 'learningYearReportId' });
    await expectRefused(officer, LINK, { cycleId, normId, climateScanRoundId: openRound }, { code: 'WRONG_PHASE', field: 'climateScanRoundId' });
    await expectRefused(officer, LINK, { cycleId, normId, learningYearReportId: foreignReportId }, { code: 'NOT_FOUND', field: 'learningYearReportId' });
    await expectRefused(officer, LINK, { cycleId, normId, learningYearReportId: randomUUID() }, { code: 'NOT_FOUND', field: 'learningYearReportId' });
    await expectRefused(officer, LINK, { cycleId, normId, climateScanRoundId: foreignRound }, { code: 'NOT_FOUND', field: 'climateScanRoundId' });
    await expectRefused(officer, LINK, { cycleId, normId: randomUUID(), learningYearReportId: reportId }, { code: 'NOT_FOUND', field: 'normId' });
    await expectRefused(officer, LINK, { cycleId: randomUUID(), normId, learningYearReportId: reportId }, { code: 'NOT_FOUND', field: 'cycleId' });
    await expectRefused(strangerOfficer, LINK, { cycleId, normId, learningYearReportId: foreignReportId }, { code: 'NOT_FOUND', field: 'cycleId' });
    await expectRefused(officer, LINK, { cycleId, normId: 'not-an-id', learningYearReportId: reportId }, { code: 'BAD_USER_INPUT', field: 'normId' });
    await expectRefused(coordinator, LINK, { cycleId, normId, learningYearReportId: reportId }, { code: 'NOT_ALLOWED' });
    await expectRefused(strangerOfficer, UNLINK, { linkId: reportLink }, { code: 'NOT_FOUND' });
    await expectRefused(officer, UNLINK, { linkId: randomUUID() }, { code: 'NOT_FOUND' });
  });

  it('another organisation reads no learning evidence of the cycle', async () => {
    expect((await strangerOfficer.refused(LIST, { c: cycleId })).extensions.code).toBe('NOT_FOUND');
    expect((await officer.refused(LIST, { c: randomUUID() })).extensions.code).toBe('NOT_FOUND');
  });

  it('unlinks while the phase is open; a second unlink finds nothing', async () => {
    expect((await runAs(officer, UNLINK, { linkId: reportLink })).unlinkLearningEvidence).toBe(reportLink);
    expect((await officer.refused(UNLINK, { i: { clientMutationId: randomUUID(), linkId: reportLink } })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await officer.ok(LIST, { c: cycleId })).learningEvidence).toHaveLength(1);
  });

  it('once the self-evaluation is submitted its links are fixed, and no new link is made', async () => {
    const [{ id: roundLink }] = await sql(`select id from learning_evidence_link where cycle_id = ?`, [cycleId]);
    await sql(`update cycle set self_evaluation_locked_at = now(), phase = 'INTERNAL_AUDIT' where id = ?`, [cycleId]);
    const unlink = await officer.refused(UNLINK, { i: { clientMutationId: randomUUID(), linkId: roundLink } });
    expect(unlink.extensions.code).toBe('LOCKED');
    const link = await officer.refused(LINK, { i: { clientMutationId: randomUUID(), cycleId, normId, learningYearReportId: reportId } });
    expect(['LOCKED', 'WRONG_PHASE']).toContain(link.extensions.code);
  });
});

describe("the sector's learning figures", () => {
  // A year no other test writes reports for, so the figures are this test's own.
  const YEAR = 2087;
  const orgs: string[] = [];

  it('says too few below five organisations, and gives no figure', async () => {
    for (let i = 0; i < 4; i++) {
      const o = await createOrganisation(stack.orm.em.fork(), `Sector ${i}`);
      orgs.push(o.organisation.id);
      await report(o.organisation.id, YEAR, content([{ shown: true, used: i < 3 ? 120 : 50, offered: 100 }], ['Omgaan met agressie', i % 2 ? 'Eigen regie' : 'Uniek thema ' + i], 3 + i * 0.25));
    }
    expect((await sector.ok(SECTOR, { y: YEAR })).sectorLearningFigures).toEqual({
      year: YEAR,
      minOrganisations: 5,
      enough: false,
      shareMeetingOwnNorm: null,
      organisationsWithFigures: null,
      themes: [],
      scanAverages: [],
      organisationsWithScan: null,
    });
  });

  it('from five organisations on: the share meeting their own norm, themes shared by several, scan averages', async () => {
    const o = await createOrganisation(stack.orm.em.fork(), 'Sector 4');
    await report(o.organisation.id, YEAR, content([{ shown: true, used: 10, offered: 100 }, { shown: false, used: 0, offered: 0 }], ['omgaan met agressie '], 4));
    const figures = (await sector.ok(SECTOR, { y: YEAR })).sectorLearningFigures;
    expect(figures).toMatchObject({ enough: true, shareMeetingOwnNorm: 0.6, organisationsWithFigures: 5, organisationsWithScan: 5 });
    // A theme of one organisation could name it: only shared themes are listed.
    expect(figures.themes).toEqual([
      { title: 'Omgaan met agressie', organisations: 5 },
      { title: 'Eigen regie', organisations: 2 },
    ]);
    expect(figures.scanAverages).toEqual(['POSITIVE_ENVIRONMENT', 'ROOM_AND_SUPPORT', 'SHARED_VISION'].map((condition) => ({ condition, average: 3.5 })));
  });

  it('an organisation reads no sector figures; a bad year is refused', async () => {
    for (const who of [officer, coordinator]) expect((await who.refused(SECTOR, { y: YEAR })).extensions.code).toBe('NOT_ALLOWED');
    expect((await sector.refused(SECTOR, { y: 1999 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
