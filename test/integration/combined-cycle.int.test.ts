import { driveCycle, type ParkedCycle } from '../support/cycle-driver';
import { inDays, today } from '../support/dates';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { startStack, type Stack } from '../support/stack';

/**
 * The combination test (variant COMBINED) end to end through GraphQL with the worker: the organisation's cycle
 * takes the external audit's path to its certificate, while it is visited in a peer group, gets its learning
 * report made final and registered. The cycle's lead and co-auditor read that report (read-only) once it is
 * final; another institution's auditor and the institution's manager find nothing. The register then shows
 * both entries: the certificate (variant COMBINED) and the peer assessment.
 */

const REPORT = `query($id: ID!) { learningReport(peerVisitId: $id) { peerVisitId status summary reply findings { normId goesWell } } }`;
const CYCLE_REPORTS = `query($id: ID!) { cycle(id: $id) { id variant peerLearningReports { peerVisitId status summary } } }`;
const REGISTER = `query($search: String) { register(first: 50, search: $search) { nodes { kind certificateNumber variant organisationName certifyingInstitutionName status } } }`;

let stack: Stack;
let cycle: ParkedCycle;
let admin: GqlSession;
let visitId: string;
const partners: { fixture: OrgFixture; officer: GqlSession; auditor: GqlSession; auditorId: string }[] = [];

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

async function run(who: GqlSession, name: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  return (await who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: { clientMutationId: mutationId(), ...input } }))[name].id;
}

const conn = () => stack.orm.em.fork().getConnection();

/** A trained peer auditor of the organisation: its internal auditor, nominated by its officer. */
async function peerAuditor(fixture: OrgFixture, officer: GqlSession): Promise<string> {
  const [person] = await conn().execute(`select id from app_user where email = ?`, [fixture.internalAuditor]);
  const id = await run(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
  await run(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: id, trainedOn: inDays(-10), provider: 'Opleider' });
  return id;
}

const refusalOf = async (who: GqlSession, query: string, id: string) => {
  const e = await who.refused(query, { id });
  return { code: e.extensions.code, message: e.message };
};

beforeAll(async () => {
  stack = await startStack();
  admin = await login('secretariaat@swn.demo', 'demo-wachtwoord');
  // The external path as far as the auditors are assigned: from then on they read what the combination adds.
  cycle = await driveCycle(stack.url, stack.orm.em.fork(), 'SCHEDULING', { variant: 'COMBINED', label: 'Combinatietoets' });
  for (const label of ['Combinatiepartner B', 'Combinatiepartner C']) {
    const fixture = await createOrganisation(stack.orm.em.fork(), label);
    const officer = await login(fixture.officer);
    partners.push({ fixture, officer, auditorId: await peerAuditor(fixture, officer), auditor: await login(fixture.internalAuditor) });
  }
  const region = `Combinatie-${mutationId().slice(0, 6)}`;
  const signUp = (officer: GqlSession) =>
    run(officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: today(), periodUntil: inDays(120), fte: 40, region, partnersKnown: false });
  const signUpIds = [await signUp(cycle.officer), ...(await Promise.all(partners.map((p) => signUp(p.officer))))];
  const groupId = await run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds });
  visitId = await run(partners[0].officer, 'planPeerVisit', 'PlanPeerVisitInput', {
    peerGroupId: groupId,
    organisationId: cycle.org.organisation.id,
    date: today(),
    peerAuditorIds: partners.map((p) => p.auditorId),
  });
  await run(cycle.officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: visitId });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a COMBINED cycle: peer visits and the external audit', () => {
  it('the institution reads no learning report before it is final', async () => {
    await run(partners[0].auditor, 'recordPeerFinding', 'RecordPeerFindingInput', {
      peerVisitId: visitId,
      normId: cycle.normIds[0],
      goesWell: 'Het team leert van elke casus.',
      intention: 'Leren van de praktijk.',
      learningPoints: 'Leg de afspraken vast.',
    });
    await partners[0].auditor.ok(`mutation($i: IssueLearningReportInput!) { issueLearningReport(input: $i) { status } }`, {
      i: { clientMutationId: mutationId(), peerVisitId: visitId, summary: 'Een lerende organisatie.' },
    });
    expect(await refusalOf(cycle.lead, REPORT, visitId)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
    expect((await cycle.lead.ok(CYCLE_REPORTS, { id: cycle.cycleId })).cycle.peerLearningReports).toEqual([]);
  });

  it('once final, the lead and co-auditor read the learning report; another institution and the manager find nothing', async () => {
    await cycle.officer.ok(`mutation($i: ReplyToLearningReportInput!) { replyToLearningReport(input: $i) { status } }`, {
      i: { clientMutationId: mutationId(), peerVisitId: visitId, reply: 'Dank voor het spiegelen.' },
    });
    await partners[1].auditor.ok(`mutation($i: LearningReportCommandInput!) { finaliseLearningReport(input: $i) { status } }`, {
      i: { clientMutationId: mutationId(), peerVisitId: visitId },
    });
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

  it('the sector body registers the peer assessment of the organisation whose cycle is COMBINED', async () => {
    const { registerPeerReview } = await admin.ok(`mutation($i: RegisterPeerReviewInput!) { registerPeerReview(input: $i) { peerVisitId organisationName } }`, {
      i: { clientMutationId: mutationId(), peerVisitId: visitId },
    });
    expect(registerPeerReview).toEqual({ peerVisitId: visitId, organisationName: cycle.org.organisation.name });
  });

  it('the cycle takes the external path to its certificate; the register shows the certificate and the peer assessment', async () => {
    await cycle.advanceTo('VALID');
    const { register } = await admin.ok(REGISTER, { search: cycle.org.organisation.name });
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
  });
});
