import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/user/role';
import { addOrganisationMember, createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession, signedIn } from '../support/gql';
import { runAs, START_CYCLE, startInput } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The audited organisation's learning for its auditors: the lead and co-auditor of an external (or combined)
 * audit, and the pair of a peer visit while they read. Team aggregates under the organisation's threshold,
 * closed scan rounds as team averages, the year report; for anyone else, and for an ID of nothing, not found.
 */

const FIELDS = `organisationName year minContributors teamsNotShown teams { teamName months { month shown usedHours offeredHours contributors note } }
  climateScans { period teams { teamName shown averages { average } } } yearReport { year teams { teamName usedHours } }`;
const OF_CYCLE = `query($c: ID!, $y: Int!) { cycleLearningDashboard(cycleId: $c, year: $y) { ${FIELDS} } }`;
const OF_VISIT = `query($v: ID!, $y: Int!) { peerVisitLearningDashboard(peerVisitId: $v, year: $y) { ${FIELDS} } }`;
const TEAM = `mutation($i: SaveTeamInput!) { saveTeam(input: $i) { id } }`;
const NOTE = `mutation($i: SaveLearningContextNoteInput!) { saveLearningContextNote(input: $i) { id } }`;
const OPEN = `mutation($i: OpenClimateScanRoundInput!) { openClimateScanRound(input: $i) { id } }`;
const CLOSE = `mutation($i: CloseClimateScanRoundInput!) { closeClimateScanRound(input: $i) { id } }`;

// A day some weeks back, so every entry lies in the past and in one month whatever today is.
const day = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
const YEAR = Number(day.slice(0, 4));
const MONTH = day.slice(0, 7);

let stack: Stack;
let org: OrgFixture;
let other: OrgFixture;
let officer: GqlSession;
let lead: GqlSession;
let co: GqlSession;
let unassigned: GqlSession;
let pairAuditor: GqlSession;
let strangerOfficer: GqlSession;
let cycleId: string;
let visitId: string;

const sql = (query: string, params: unknown[] = []) => stack.orm.em.fork().getConnection().execute(query, params);
const login = (email: string) => signedIn(stack.url, email, PASSWORD);
const idOf = async (email: string) => (await sql(`select id from app_user where email = ?`, [email]))[0].id as string;

/** People of a team who each registered an hour and a half on the day. */
async function teamWith(name: string, people: number, teamLead?: string): Promise<string> {
  const ids: string[] = [];
  for (let n = 0; n < people; n++) ids.push((await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_PROFESSIONAL)).id);
  if (teamLead) ids.push(await idOf(teamLead));
  for (const id of ids.slice(0, people)) {
    await sql(`insert into learning_entry (id, organisation_id, person_id, date, hours, kind) values (gen_random_uuid(), ?, ?, ?, 1.5, 'READING')`, [org.organisation.id, id, day]);
    await sql(`insert into contract_hours (id, organisation_id, person_id, hours_per_week, set_by_id) values (gen_random_uuid(), ?, ?, 36, ?)`, [org.organisation.id, id, id]);
  }
  return (await runAs(officer, TEAM, { name, memberIds: ids })).saveTeam.id;
}

beforeAll(async () => {
  stack = await startStack();
  [org, other] = [await createOrganisation(stack.orm.em.fork(), 'Leerzaam'), await createOrganisation(stack.orm.em.fork(), 'Buren')];
  const [leadEmail, coEmail, unassignedEmail] = [await createCiAuditor(stack.orm.em.fork()), await createCiAuditor(stack.orm.em.fork()), await createCiAuditor(stack.orm.em.fork())];
  const teamLead = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_TEAM_LEAD);
  const coordinator = await addOrganisationMember(stack.orm.em.fork(), org.organisation, Role.ORG_LEARNING_COORDINATOR);
  const peer = await addOrganisationMember(stack.orm.em.fork(), other.organisation, Role.ORG_INTERNAL_AUDITOR);
  const peer2 = await addOrganisationMember(stack.orm.em.fork(), other.organisation, Role.ORG_INTERNAL_AUDITOR);
  let coordinatorSession: GqlSession;
  let teamLeadSession: GqlSession;
  [officer, lead, co, unassigned, pairAuditor, strangerOfficer, coordinatorSession, teamLeadSession] = await Promise.all(
    [org.officer, leadEmail, coEmail, unassignedEmail, peer.email, other.officer, coordinator.email, teamLead.email].map(login),
  );
  cycleId = (await officer.ok(START_CYCLE, { i: startInput(stack.demo.framework.id) })).startCycle.id;
  await sql(`update cycle set variant = 'EXTERNAL_AUDIT', lead_auditor_id = ?, co_auditor_id = ? where id = ?`, [await idOf(leadEmail), await idOf(coEmail), cycleId]);

  const big = await teamWith('Wijkteam Noord', 5, teamLead.email);
  await teamWith('Kleine ploeg', 2);
  await runAs(teamLeadSession, NOTE, { teamId: big, month: MONTH, text: 'Veel wachtlijstwerk' });
  const round = (await runAs(coordinatorSession, OPEN, { period: 'Voorjaar', teamIds: [big] })).openClimateScanRound.id;
  await runAs(coordinatorSession, CLOSE, { roundId: round });
  await sql(`insert into learning_year_report (id, organisation_id, year, content) values (gen_random_uuid(), ?, ?, ?::jsonb)`, [
    org.organisation.id,
    YEAR,
    JSON.stringify({ normPercent: 10, minContributors: 5, teams: [{ teamId: big, teamName: 'Wijkteam Noord', shown: true, usedHours: 90, offeredHours: 80, metNorm: true }], themes: [], scanRounds: [], sessions: 2 }),
  ]);

  // A peer visit of the organisation by a pair of the other, its learning report still a draft: the pair reads.
  const [{ id: groupId }] = await sql(`insert into peer_group (id, status, created_by_id) values (gen_random_uuid(), 'FORMED', ?) returning id`, [await idOf(org.officer)]);
  const auditorOf = async (personId: string) =>
    (await sql(`insert into peer_auditor (id, organisation_id, person_id, nominated_by_id) values (gen_random_uuid(), ?, ?, ?) returning id`, [other.organisation.id, personId, personId]))[0].id as string;
  const [first, second] = [await auditorOf(peer.id), await auditorOf(peer2.id)];
  [{ id: visitId }] = await sql(
    `insert into peer_visit (id, group_id, organisation_id, date, first_auditor_id, second_auditor_id, planned_by_id, planned_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, now()) returning id`,
    [groupId, org.organisation.id, day, first, second, await idOf(org.officer)],
  );
  await sql(`insert into peer_learning_report (id, visit_id) values (gen_random_uuid(), ?)`, [visitId]);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe("the audited organisation's learning dashboard", () => {
  it('shows the lead and co-auditor team aggregates above the threshold, without notes, and counts the teams below it', async () => {
    for (const auditor of [lead, co]) {
      const dashboard = (await auditor.ok(OF_CYCLE, { c: cycleId, y: YEAR })).cycleLearningDashboard;
      expect(dashboard).toMatchObject({ organisationName: org.organisation.name, year: YEAR, minContributors: 5, teamsNotShown: 1 });
      expect(dashboard.teams.map((t: { teamName: string }) => t.teamName)).toEqual(['Wijkteam Noord']);
      const month = dashboard.teams[0].months.find((m: { month: string }) => m.month === MONTH);
      expect(month).toMatchObject({ shown: true, usedHours: 7.5, contributors: 5, note: null });
      expect(month.offeredHours).toBeGreaterThan(0);
      expect(dashboard.teams[0].months.filter((m: { shown: boolean }) => m.shown)).toHaveLength(1);
      // The round closed with nobody answering: listed, its team without averages.
      expect(dashboard.climateScans).toEqual([{ period: 'Voorjaar', teams: [{ teamName: 'Wijkteam Noord', shown: false, averages: [{ average: null }, { average: null }, { average: null }] }] }]);
      expect(dashboard.yearReport).toEqual({ year: YEAR, teams: [{ teamName: 'Wijkteam Noord', usedHours: 90 }] });
    }
  });

  it('shows the pair of a peer visit the same aggregates while their report is a draft, and no longer once it is final', async () => {
    const dashboard = (await pairAuditor.ok(OF_VISIT, { v: visitId, y: YEAR })).peerVisitLearningDashboard;
    expect(dashboard).toMatchObject({ organisationName: org.organisation.name, teamsNotShown: 1, teams: [{ teamName: 'Wijkteam Noord' }] });
    await sql(`update peer_learning_report set status = 'FINAL' where visit_id = ?`, [visitId]);
    try {
      expect((await pairAuditor.refused(OF_VISIT, { v: visitId, y: YEAR })).extensions.code).toBe('NOT_FOUND');
    } finally {
      await sql(`update peer_learning_report set status = 'DRAFT' where visit_id = ?`, [visitId]);
    }
  });

  it('is not found for everyone else, in the same words as for an ID of nothing', async () => {
    const nothing = (await lead.refused(OF_CYCLE, { c: randomUUID(), y: YEAR })).message;
    expect(nothing).toBe('Cycle was not found.');
    for (const caller of [unassigned, officer, strangerOfficer, pairAuditor]) {
      const refused = await caller.refused(OF_CYCLE, { c: cycleId, y: YEAR });
      expect(refused).toMatchObject({ message: nothing, extensions: { code: 'NOT_FOUND' } });
    }
    for (const caller of [lead, unassigned, officer, strangerOfficer]) {
      expect((await caller.refused(OF_VISIT, { v: visitId, y: YEAR })).message).toBe('Peer visit was not found.');
    }
    expect((await pairAuditor.refused(OF_VISIT, { v: randomUUID(), y: YEAR })).message).toBe('Peer visit was not found.');
  });

  it('is not found for the auditors of a peer-review cycle, which an institution does not audit', async () => {
    await sql(`update cycle set variant = 'PEER_REVIEW' where id = ?`, [cycleId]);
    try {
      expect((await lead.refused(OF_CYCLE, { c: cycleId, y: YEAR })).extensions.code).toBe('NOT_FOUND');
    } finally {
      await sql(`update cycle set variant = 'EXTERNAL_AUDIT' where id = ?`, [cycleId]);
    }
    await sql(`update cycle set variant = 'COMBINED' where id = ?`, [cycleId]);
    expect((await co.ok(OF_CYCLE, { c: cycleId, y: YEAR })).cycleLearningDashboard.teams).toHaveLength(1);
  });

  it('refuses a year out of range, naming it', async () => {
    expect((await lead.refused(OF_CYCLE, { c: cycleId, y: 1999 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});
