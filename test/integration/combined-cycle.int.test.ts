import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { createCiAuditor, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { recordHistory } from '../support/record-history';
import { drivePeerVisit, type DrivenPeerVisit } from '../support/peer-visit-driver';
import { startStack, type Stack } from '../support/stack';

/**
 * The combination test (variant COMBINED) end to end through GraphQL with the worker: the organisation's cycle
 * takes the external audit's path to its certificate, while it is visited in a peer group, gets its learning
 * report made final and registered. The sign-up carries the COMBINED cycle; the cycle's lead and co-auditor read
 * that report (read-only) once it is final, and no report of an assessment not linked to the cycle; another
 * institution's auditor and the institution's manager find nothing. The register then shows
 * both entries: the certificate (variant COMBINED) and the peer assessment.
 */

const REPORT = `query($id: ID!) { learningReport(peerVisitId: $id) { peerVisitId status summary reply findings { normId goesWell } } }`;
const CYCLE_REPORTS = `query($id: ID!) { cycle(id: $id) { id variant peerLearningReports { peerVisitId status summary } } }`;
const REGISTER = `query($search: String) { register(first: 50, search: $search) { nodes { kind certificateNumber variant organisationName certifyingInstitutionName status } } }`;

let stack: Stack;
let cycle: ParkedCycle;
let peer: DrivenPeerVisit;
let visitId: string;

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

const refusalOf = async (who: GqlSession, query: string, id: string) => {
  const e = await who.refused(query, { id });
  return { code: e.extensions.code, message: e.message };
};

beforeAll(async () => {
  stack = await startStack();
  // The external path as far as the auditors are assigned: from then on they read what the combination adds.
  cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'SCHEDULING', { variant: 'COMBINED', label: 'Combinatietoets' });
  peer = await drivePeerVisit(stack.url, () => stack.orm.em.fork(), cycle);
  visitId = peer.visitId;
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a COMBINED cycle: peer visits and the external audit', () => {
  it('the institution reads no learning report before it is final', async () => {
    await peer.issue('Een lerende organisatie.', 'Het team leert van elke casus.');
    expect(await refusalOf(cycle.lead, REPORT, visitId)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
    expect((await cycle.lead.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([]);
  });

  it('once final, the lead and co-auditor read the learning report; another institution and the manager find nothing', async () => {
    await peer.finalise('Dank voor het spiegelen.');
    for (const auditor of [cycle.lead, cycle.co]) {
      expect((await auditor.ok(REPORT, { id: visitId })).learningReport).toEqual({
        peerVisitId: visitId,
        status: 'FINAL',
        summary: 'Een lerende organisatie.',
        reply: 'Dank voor het spiegelen.',
        findings: [{ normId: cycle.normIds[0], goesWell: 'Het team leert van elke casus.' }],
      });
      expect((await auditor.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle).toEqual({
        id: cycle.cycleId,
        variant: 'COMBINED',
        peerLearningReports: [{ peerVisitId: visitId, status: 'FINAL', summary: 'Een lerende organisatie.' }],
      });
    }
    // The organisation sees the same on its cycle.
    expect((await cycle.officer.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([{ peerVisitId: visitId, status: 'FINAL', summary: 'Een lerende organisatie.' }]);
    // An auditor of another institution, and the institution's manager (who assigns, not audits): not found.
    const otherAuditor = await login(await createCiAuditor(stack.orm.em.fork()));
    const unassigned = await login(cycle.ci.otherAuditor.email);
    for (const who of [otherAuditor, unassigned, cycle.manager]) {
      expect(await refusalOf(who, REPORT, visitId)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
    }
    expect((await cycle.manager.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([]);
    expect(await refusalOf(otherAuditor, CYCLE_REPORTS, cycle.cycleId)).toEqual({ code: 'NOT_FOUND', message: 'Cycle was not found.' });
    // Read-only: the auditors write nothing in it.
    const e = await cycle.lead.refused(`mutation($i: LearningReportCommandInput!) { finaliseLearningReport(input: $i) { status } }`, { i: { clientMutationId: mutationId(), peerVisitId: visitId } });
    expect(e.extensions.code).toBe('NOT_ALLOWED');
  });

  it('the auditors read only the assessment linked to their cycle, not another one of the same organisation', async () => {
    const sql = stack.orm.em.fork().getConnection();
    const signUpOf = `select s.id, s.cycle_id from peer_review_sign_up s join peer_group_member m on m.sign_up_id = s.id join peer_visit v on v.group_id = m.group_id and v.organisation_id = m.organisation_id where v.id = ?`;
    // The organisation signed up while its COMBINED cycle was open: the sign-up carries that cycle.
    const [signUp] = await sql.execute(signUpOf, [visitId]);
    expect(signUp.cycle_id).toBe(cycle.cycleId);
    // The same organisation's report of an assessment that is not linked to the cycle (one from before it
    // started, whose group formed earlier) is not the auditors' to read, though they audit that organisation.
    await sql.execute(`update peer_review_sign_up set cycle_id = null where id = ?`, [signUp.id]);
    try {
      for (const auditor of [cycle.lead, cycle.co]) {
        expect(await refusalOf(auditor, REPORT, visitId)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
        expect((await auditor.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([]);
      }
      // The cycle shows the organisation no report of another assessment either; the report itself stays its own.
      expect((await cycle.officer.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([]);
      expect((await cycle.officer.ok(REPORT, { id: visitId })).learningReport.status).toBe('FINAL');
    } finally {
      await sql.execute(`update peer_review_sign_up set cycle_id = ? where id = ?`, [cycle.cycleId, signUp.id]);
    }
    expect((await cycle.lead.ok(REPORT, { id: visitId })).learningReport.status).toBe('FINAL');
  });

  it('the sector body registers the peer assessment of the organisation whose cycle is COMBINED', async () => {
    const { registerPeerReview } = await peer.admin.ok(`mutation($i: RegisterPeerReviewInput!) { registerPeerReview(input: $i) { peerVisitId organisationName } }`, {
      i: { clientMutationId: mutationId(), peerVisitId: visitId },
    });
    expect(registerPeerReview).toEqual({ peerVisitId: visitId, organisationName: cycle.org.organisation.name });
  });

  it('the cycle takes the external path to its certificate; the register shows the certificate and the peer assessment', async () => {
    await cycle.advanceTo('VALID');
    const { register } = await peer.admin.ok(REGISTER, { search: cycle.org.organisation.name });
    expect(register.nodes).toEqual([
      { kind: 'CERTIFICATE', certificateNumber: expect.any(String), variant: 'COMBINED', organisationName: cycle.org.organisation.name, certifyingInstitutionName: cycle.ci.ci.name, status: 'VALID' },
      { kind: 'PEER_REVIEW', certificateNumber: null, variant: 'PEER_REVIEW', organisationName: cycle.org.organisation.name, certifyingInstitutionName: null, status: 'VALID' },
    ]);
    // The open-data file lists both as well.
    const data = await (await fetch(`${stack.url}/register.json`)).json();
    expect(data.entries.filter((e: { organisationName: string }) => e.organisationName === cycle.org.organisation.name).map((e: { kind: string }) => e.kind)).toEqual([
      'CERTIFICATE',
      'PEER_REVIEW',
    ]);
    // The auditors still read the report after the decision: it is part of what the certificate rests on.
    expect((await cycle.lead.ok(REPORT, { id: visitId })).learningReport.status).toBe('FINAL');
    // The combined path (peer visit beside the external audit, up to the certificate) replays in test/replay.
    recordHistory(cycle.cycleId, 'combined-cycle-certified');
  });
});
