import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCiAuditor, createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { longRules } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import { linkEvidenceRow } from '../support/dossier-rows';
import { uploadSmallPdf } from '../support/evidence-http';
import { GqlSession } from '../support/gql';
import { runForId, signedIn } from '../support/peer-session';
import { mutationId } from '../support/operations';
import { insertCycle } from '../support/read-model-rows';
import { createFramework } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';
import { refusalCheck } from './refusal-check';

/**
 * The findings of a peer visit and its learning report through GraphQL and PostgreSQL: the pair reads the
 * visited organisation's self-evaluation and evidence from planning until the report is final, records its
 * findings once the visit is confirmed (a stale revision is a CONFLICT), issues the report, the organisation
 * replies, the pair makes it final, and the organisation may share it with the group. Every refusal names its
 * code and field and changes nothing; a party that may not read the report finds nothing.
 */

const FINDING_FIELDS = 'id normId normCode goesWell intention learningPoints revision recordedByName';
const REPORT_FIELDS = `peerVisitId status summary issuedByName issuedAt reply repliedByName repliedAt finalisedByName finalisedAt sharedAt findings { ${FINDING_FIELDS} }`;
const RECORD = `mutation($i: RecordPeerFindingInput!) { recordPeerFinding(input: $i) { ${FINDING_FIELDS} } }`;
const ISSUE = `mutation($i: IssueLearningReportInput!) { issueLearningReport(input: $i) { ${REPORT_FIELDS} } }`;
const REPLY = `mutation($i: ReplyToLearningReportInput!) { replyToLearningReport(input: $i) { ${REPORT_FIELDS} } }`;
const FINALISE = `mutation($i: LearningReportCommandInput!) { finaliseLearningReport(input: $i) { ${REPORT_FIELDS} } }`;
const SHARE = `mutation($i: LearningReportCommandInput!) { shareLearningReport(input: $i) { ${REPORT_FIELDS} } }`;
const REPORT = `query($id: ID!) { learningReport(peerVisitId: $id) { ${REPORT_FIELDS} } }`;
const READING = `query($id: ID!) { peerVisitSelfEvaluation(peerVisitId: $id) { peerVisitId cycleId frameworkVersion { id } norms { id code } answers { id normId goesWell } evidenceLinks { id evidence { id } } } }`;
const EVIDENCE = `query($id: ID!) { evidenceFile(id: $id) { id } }`;
const CYCLE = `query($id: ID!) { cycle(id: $id) { id } }`;
const MINE = `{ myPeerVisits { id learningReportStatus learningReportShared } }`;

interface Member {
  fixture: OrgFixture;
  officer: GqlSession;
  /** The internal auditor, nominated and trained as peer auditor, signed in. */
  auditorId: string;
  auditor: GqlSession;
}

let stack: Stack;
let evidenceDir: string;
let admin: GqlSession;
let ciAuditor: GqlSession;
const m: Record<string, Member> = {};
/** The visit of A (by the auditors of B and C), and of B (by those of A and C). */
let visitA: string;
let visitB: string;
let cycleA: string;
let normIds: string[];
let otherVersionNormId: string;
let answerA: string;
let linkedEvidence: string;
let unlinkedEvidence: string;

const conn = () => stack.orm.em.fork().getConnection();

const login = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);
const run = runForId;

async function member(key: string): Promise<Member> {
  const fixture = await createOrganisation(stack.orm.em.fork(), `Bevinding ${key.toUpperCase()}`);
  const officer = await login(fixture.officer);
  const [person] = await conn().execute(`select id from app_user where email = ?`, [fixture.internalAuditor]);
  const auditorId = await run(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
  await run(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: inDays(-10), provider: 'Opleider' });
  return { fixture, officer, auditorId, auditor: await login(fixture.internalAuditor) };
}

const plan = (organisation: string, auditors: string[], date: string) =>
  run(m.b.officer, 'planPeerVisit', 'PlanPeerVisitInput', { peerGroupId: groupId, organisationId: m[organisation].fixture.organisation.id, date, peerAuditorIds: auditors });
const confirm = (organisation: string, visit: string) => run(m[organisation].officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: visit });
let groupId: string;

const snapshot = async () =>
  (
    await conn().execute(`select
      (select md5(coalesce(string_agg(id::text || goes_well || intention || learning_points || revision, ',' order by id), '')) from peer_finding) as findings,
      (select md5(coalesce(string_agg(id::text || status::text || coalesce(summary, '-') || coalesce(reply, '-') || coalesce(shared_at::text, '-'), ',' order by id), '')) from peer_learning_report) as reports,
      (select md5(coalesce(string_agg(id::text, ',' order by id), '')) from peer_review_registration) as registrations`)
  )[0];
const expectRefused = refusalCheck(snapshot);

const finding = (over: Record<string, unknown> = {}) => ({ peerVisitId: visitA, normId: normIds[0], goesWell: 'Het team bespreekt elke maand de klachten.', intention: 'Leren van klachten.', learningPoints: 'Leg de afspraken vast.', ...over });
const reportOf = async (who: GqlSession, visit = visitA) => (await who.ok(REPORT, { id: visit })).learningReport;
const notFound = async (who: GqlSession, query: string, id: string) => {
  const e = await who.refused(query, { id });
  return { code: e.extensions.code, message: e.message };
};

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-peer-findings-'));
  stack = await startStack({ worker: false, env: { EVIDENCE_DIR: evidenceDir } });
  [admin, ciAuditor] = await Promise.all([login('secretariaat@swn.demo', 'demo-wachtwoord'), createCiAuditor(stack.orm.em.fork()).then((email) => login(email))]);
  for (const key of ['a', 'b', 'c', 'x']) m[key] = await member(key);
  const ids = [];
  for (const key of ['a', 'b', 'c']) {
    ids.push(await run(m[key].officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: 'Bevinding', partnersKnown: false }));
  }
  groupId = await run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds: ids });

  // A's current cycle, on a framework version of its own, with an answer and evidence linked to a norm.
  const framework = await createFramework(stack.orm.em.fork(), longRules(), 3);
  normIds = framework.normIds;
  otherVersionNormId = (await createFramework(stack.orm.em.fork(), longRules(), 1)).normIds[0];
  const [officerA] = await conn().execute(`select id from app_user where email = ?`, [m.a.fixture.officer]);
  cycleA = await insertCycle(conn(), { organisationId: m.a.fixture.organisation.id, frameworkVersionId: framework.version.id, startedById: officerA.id, phase: 'SELF_EVALUATION', variant: 'PEER_REVIEW' });
  answerA = randomUUID();
  await conn().execute(`insert into self_evaluation_answer (id, cycle_id, norm_id, score, goes_well, updated_by_id) values (?, ?, ?, 'MEETS', 'Klachten worden besproken', ?)`, [
    answerA,
    cycleA,
    normIds[0],
    officerA.id,
  ]);
  linkedEvidence = await uploadSmallPdf(stack.url, m.a.officer.sessionCookie, 'klachtenoverleg');
  unlinkedEvidence = await uploadSmallPdf(stack.url, m.a.officer.sessionCookie, 'los');
  await linkEvidenceRow(conn(), { evidenceId: linkedEvidence, cycleId: cycleA, linkedById: officerA.id, phase: 'SELF_EVALUATION', target: 'norm_id', targetId: normIds[0] });
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

describe('the pair reads the visited organisation from planning until the report is final', () => {
  it('before the visit is planned the future auditor finds nothing of A', async () => {
    expect(await notFound(m.b.auditor, EVIDENCE, linkedEvidence)).toEqual({ code: 'NOT_FOUND', message: 'Evidence was not found.' });
  });

  it('once planned, the pair reads the self-evaluation and the evidence linked to it, read-only, and nothing else of A', async () => {
    visitA = await plan('a', [m.b.auditorId, m.c.auditorId], inDays(20));
    for (const who of [m.b.auditor, m.c.auditor]) {
      const { peerVisitSelfEvaluation: r } = await who.ok(READING, { id: visitA });
      expect(r).toMatchObject({ peerVisitId: visitA, cycleId: cycleA, answers: [{ id: answerA, normId: normIds[0], goesWell: 'Klachten worden besproken' }] });
      expect(r.norms.map((n: { id: string }) => n.id)).toEqual(normIds);
      expect(r.evidenceLinks.map((l: { evidence: { id: string } }) => l.evidence.id)).toEqual([linkedEvidence]);
      expect((await who.ok(EVIDENCE, { id: linkedEvidence })).evidenceFile.id).toBe(linkedEvidence);
      // Evidence of A that is not in its self-evaluation, and the cycle itself, stay out of reach.
      expect(await notFound(who, EVIDENCE, unlinkedEvidence)).toEqual({ code: 'NOT_FOUND', message: 'Evidence was not found.' });
      expect(await notFound(who, CYCLE, cycleA)).toEqual({ code: 'NOT_FOUND', message: 'Cycle was not found.' });
    }
    // Writing the self-evaluation stays A's own.
    const save = await m.b.auditor.refused(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), cycleId: cycleA, normId: normIds[0], goesWell: 'Overschreven' },
    });
    expect(save.extensions.code).toBe('NOT_FOUND');
  });

  it('a member of the group who is not of the pair, another organisation, an institution and the sector body read nothing', async () => {
    for (const who of [m.c.officer, m.x.auditor, ciAuditor, admin, m.a.auditor]) {
      expect(await notFound(who, READING, visitA)).toEqual({ code: 'NOT_FOUND', message: 'Self-evaluation was not found.' });
    }
    for (const who of [m.c.officer, m.x.auditor, ciAuditor]) expect(await notFound(who, EVIDENCE, linkedEvidence)).toEqual({ code: 'NOT_FOUND', message: 'Evidence was not found.' });
    // The auditors of A read nothing of B, whose visit is not theirs.
    // C's auditor is on both visits, on different days.
    visitB = await plan('b', [m.a.auditorId, m.c.auditorId], inDays(21));
    expect(await notFound(m.b.auditor, READING, visitB)).toEqual({ code: 'NOT_FOUND', message: 'Self-evaluation was not found.' });
  });

  it("without a cycle the findings are on the newest published version's norms", async () => {
    const [newest] = await conn().execute(`select id from framework_version where status = 'PUBLISHED' order by effective_date desc, created_at desc limit 1`);
    const { peerVisitSelfEvaluation: r } = await m.a.auditor.ok(READING, { id: visitB });
    expect(r).toMatchObject({ peerVisitId: visitB, cycleId: null, frameworkVersion: { id: newest.id }, answers: [], evidenceLinks: [] });
  });
});

describe('refusals of the findings and the report', () => {
  it('findings wait for the confirmed date; the report cannot move on from a draft', async () => {
    await expectRefused(m.b.auditor, RECORD, finding(), { code: 'WRONG_PHASE', message: /not confirmed/ });
    await confirm('a', visitA);
    await confirm('b', visitB);
    await expectRefused(m.a.officer, REPLY, { peerVisitId: visitA, reply: 'Dank' }, { code: 'WRONG_PHASE', message: /DRAFT/ });
    await expectRefused(m.b.auditor, FINALISE, { peerVisitId: visitA }, { code: 'WRONG_PHASE', message: /DRAFT/ });
    await expectRefused(m.a.officer, SHARE, { peerVisitId: visitA }, { code: 'WRONG_PHASE', message: /DRAFT/ });
  });

  it.each([
    ['an empty "what goes well"', () => m.b.auditor, () => finding({ goesWell: '  ' }), 'BAD_USER_INPUT', 'goesWell', /what goes well/],
    ['a NUL character', () => m.b.auditor, () => finding({ learningPoints: 'a\u0000b' }), 'BAD_USER_INPUT', 'learningPoints', /NUL/],
    ['a negative revision', () => m.b.auditor, () => finding({ expectedRevision: -1 }), 'BAD_USER_INPUT', 'expectedRevision', undefined],
    ['a visit of nothing', () => m.b.auditor, () => finding({ peerVisitId: randomUUID() }), 'NOT_FOUND', undefined, /^Peer visit was not found\.$/],
    ['a visit outside the group', () => m.x.auditor, () => finding(), 'NOT_FOUND', undefined, /^Peer visit was not found\.$/],
    ['a norm of nothing', () => m.b.auditor, () => finding({ normId: randomUUID() }), 'NOT_FOUND', 'normId', /^Norm was not found\.$/],
    ['a member of the group who is not of the pair', () => m.c.officer, () => finding(), 'NOT_ALLOWED', undefined, /two peer auditors/],
    ['the visited organisation', () => m.a.officer, () => finding(), 'NOT_ALLOWED', undefined, /two peer auditors/],
    ['a norm of another framework version', () => m.b.auditor, () => finding({ normId: otherVersionNormId }), 'BAD_USER_INPUT', 'normId', /framework version/],
  ])('recordPeerFinding refuses %s', async (_what, who, input, code, field, message) => {
    await expectRefused(who(), RECORD, input(), { code, field, message });
  });

  it.each([
    ['an empty summary', () => m.b.auditor, () => ({ peerVisitId: visitA, summary: ' ' }), 'BAD_USER_INPUT', 'summary', /summary/],
    ['a member who is not of the pair', () => m.c.officer, () => ({ peerVisitId: visitA, summary: 'Samenvatting' }), 'NOT_ALLOWED', undefined, /two peer auditors/],
    ['a visit outside the group', () => m.x.officer, () => ({ peerVisitId: visitA, summary: 'Samenvatting' }), 'NOT_FOUND', undefined, /^Peer visit was not found\.$/],
    ['a report without any finding', () => m.a.auditor, () => ({ peerVisitId: visitB, summary: 'Samenvatting' }), 'INCOMPLETE', undefined, /no finding/],
  ])('issueLearningReport refuses %s', async (_what, who, input, code, field, message) => {
    await expectRefused(who(), ISSUE, input(), { code, field, message });
  });

  it('the role gate: only a quality officer replies or shares', async () => {
    await expectRefused(m.a.auditor, REPLY, { peerVisitId: visitA, reply: 'Dank' }, { code: 'NOT_ALLOWED', message: /^Your role does not allow this\.$/ });
    await expectRefused(m.a.auditor, SHARE, { peerVisitId: visitA }, { code: 'NOT_ALLOWED', message: /^Your role does not allow this\.$/ });
  });
});

describe('findings, issue, reply, final, shared', () => {
  let first: Record<string, unknown>;

  it('the pair records a finding; a retry records nothing more; the draft is the pair\'s only', async () => {
    const i = { clientMutationId: mutationId(), ...finding({ expectedRevision: 0 }) };
    first = (await m.b.auditor.ok(RECORD, { i })).recordPeerFinding;
    expect((await m.b.auditor.ok(RECORD, { i })).recordPeerFinding).toEqual(first);
    expect(first).toMatchObject({ normId: normIds[0], goesWell: finding().goesWell, intention: 'Leren van klachten.', learningPoints: 'Leg de afspraken vast.', revision: 1 });
    expect(await reportOf(m.c.auditor)).toMatchObject({ status: 'DRAFT', summary: null, findings: [{ id: first.id, revision: 1 }] });
    expect(await notFound(m.a.officer, REPORT, visitA)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
  });

  it('two edits from the same revision at once: one is saved, the other is a CONFLICT with the saved value', async () => {
    const edit = (who: GqlSession, goesWell: string) => who.request(RECORD, { i: { clientMutationId: mutationId(), ...finding({ goesWell, expectedRevision: 1 }) } });
    const answers = await Promise.all([edit(m.b.auditor, 'Versie van B'), edit(m.c.auditor, 'Versie van C')]);
    const saved = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = saved[0].data!.recordPeerFinding;
    expect(winner.revision).toBe(2);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision', currentRevision: 2, currentValue: { goesWell: winner.goesWell } });
    const [row] = await conn().execute(`select goes_well, revision from peer_finding where id = ?`, [first.id]);
    expect(row).toEqual({ goes_well: winner.goesWell, revision: 2 });
    // A second norm, in the framework's order behind the first.
    await m.c.auditor.ok(RECORD, { i: { clientMutationId: mutationId(), ...finding({ normId: normIds[2], goesWell: 'Scholing is op orde', intention: '', learningPoints: '' }) } });
    expect((await reportOf(m.b.auditor)).findings.map((f: { normId: string }) => f.normId)).toEqual([normIds[0], normIds[2]]);
  });

  it('one of the pair issues the report; findings no longer change; the organisation reads it, nobody else', async () => {
    const { issueLearningReport } = await m.c.auditor.ok(ISSUE, { i: { clientMutationId: mutationId(), peerVisitId: visitA, summary: 'Een lerende organisatie.' } });
    expect(issueLearningReport).toMatchObject({ status: 'ISSUED', summary: 'Een lerende organisatie.', issuedByName: expect.stringMatching(/ORG_INTERNAL_AUDITOR/), issuedAt: expect.any(String) });
    await expectRefused(m.b.auditor, RECORD, finding({ normId: normIds[1] }), { code: 'WRONG_PHASE', message: /ISSUED/ });
    await expectRefused(m.b.auditor, ISSUE, { peerVisitId: visitA, summary: 'Nog eens' }, { code: 'WRONG_PHASE', message: /ISSUED/ });
    await expectRefused(m.b.auditor, FINALISE, { peerVisitId: visitA }, { code: 'WRONG_PHASE', message: /ISSUED/ });
    expect(await reportOf(m.a.officer)).toMatchObject({ status: 'ISSUED', findings: [{ normId: normIds[0] }, { normId: normIds[2] }] });
    expect(await reportOf(m.a.auditor)).toMatchObject({ status: 'ISSUED' });
    for (const who of [m.c.officer, m.b.officer, m.x.officer, ciAuditor, admin]) {
      expect(await notFound(who, REPORT, visitA)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
    }
    expect((await m.b.auditor.ok(MINE)).myPeerVisits).toContainEqual({ id: visitA, learningReportStatus: 'ISSUED', learningReportShared: false });
  });

  it('only the visited organisation replies; then one of the pair makes it final', async () => {
    await expectRefused(m.b.officer, REPLY, { peerVisitId: visitA, reply: 'Dank' }, { code: 'NOT_ALLOWED', message: /visited organisation/ });
    await expectRefused(m.a.officer, REPLY, { peerVisitId: visitA, reply: '' }, { code: 'BAD_USER_INPUT', field: 'reply', message: /reply/ });
    await expectRefused(m.x.officer, REPLY, { peerVisitId: visitA, reply: 'Dank' }, { code: 'NOT_FOUND', message: /^Peer visit was not found\.$/ });
    const { replyToLearningReport } = await m.a.officer.ok(REPLY, { i: { clientMutationId: mutationId(), peerVisitId: visitA, reply: 'Dank voor het spiegelen.' } });
    expect(replyToLearningReport).toMatchObject({ status: 'REPLIED', reply: 'Dank voor het spiegelen.', repliedByName: expect.stringMatching(/ORG_QUALITY_OFFICER/) });
    await expectRefused(m.a.officer, REPLY, { peerVisitId: visitA, reply: 'Nog eens' }, { code: 'WRONG_PHASE', message: /REPLIED/ });
    await expectRefused(m.a.officer, FINALISE, { peerVisitId: visitA }, { code: 'NOT_ALLOWED', message: /two peer auditors/ });
    await expectRefused(m.a.officer, SHARE, { peerVisitId: visitA }, { code: 'WRONG_PHASE', message: /REPLIED/ });
    const { finaliseLearningReport } = await m.b.auditor.ok(FINALISE, { i: { clientMutationId: mutationId(), peerVisitId: visitA } });
    expect(finaliseLearningReport).toMatchObject({ status: 'FINAL', finalisedByName: expect.stringMatching(/ORG_INTERNAL_AUDITOR/), finalisedAt: expect.any(String) });
    await expectRefused(m.c.auditor, FINALISE, { peerVisitId: visitA }, { code: 'WRONG_PHASE', message: /FINAL/ });
  });

  it("once final the pair no longer reads A's self-evaluation or evidence, and still reads its report", async () => {
    for (const who of [m.b.auditor, m.c.auditor]) {
      expect(await notFound(who, READING, visitA)).toEqual({ code: 'NOT_FOUND', message: 'Self-evaluation was not found.' });
      expect(await notFound(who, EVIDENCE, linkedEvidence)).toEqual({ code: 'NOT_FOUND', message: 'Evidence was not found.' });
      expect(await reportOf(who)).toMatchObject({ status: 'FINAL' });
    }
    // The pair of B's visit still reads B: the end is per visit.
    expect((await m.a.auditor.ok(READING, { id: visitB })).peerVisitSelfEvaluation.peerVisitId).toBe(visitB);
  });

  it('the members read the report once A shares it; other organisations, institutions and the sector body still do not', async () => {
    await expectRefused(m.b.officer, SHARE, { peerVisitId: visitA }, { code: 'NOT_ALLOWED', message: /visited organisation/ });
    const { shareLearningReport } = await m.a.officer.ok(SHARE, { i: { clientMutationId: mutationId(), peerVisitId: visitA } });
    expect(shareLearningReport.sharedAt).toEqual(expect.any(String));
    expect(await reportOf(m.c.officer)).toMatchObject({ status: 'FINAL', reply: 'Dank voor het spiegelen.', findings: [{ normId: normIds[0] }, { normId: normIds[2] }] });
    expect(await reportOf(m.b.officer)).toMatchObject({ status: 'FINAL' });
    for (const who of [m.x.officer, ciAuditor, admin]) {
      expect(await notFound(who, REPORT, visitA)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
    }
    // B's report is a draft: no member reads it.
    expect(await notFound(m.b.officer, REPORT, visitB)).toEqual({ code: 'NOT_FOUND', message: 'Learning report was not found.' });
  });
});

const REGISTER_PEER = `mutation($i: RegisterPeerReviewInput!) { registerPeerReview(input: $i) { id peerVisitId peerGroupId organisationName wholeOrganisation scopeUnits validFrom validUntil } }`;
const PUBLIC_REGISTER = `query($s: String) { register(first: 10, search: $s) { nodes { kind certificateNumber organisationName variant wholeOrganisation certifyingInstitutionName frameworkName validFrom validUntil status cycleId allowedActions } } }`;
const GROUP_VISITS = `query($id: ID!) { peerGroup(id: $id) { visits { id registration { id validUntil } } } }`;

describe('the sector body registers the peer assessment once the report is final', () => {
  it('refuses who is not the secretariat, a visit of nothing, a report that is not final', async () => {
    for (const who of [m.a.officer, ciAuditor]) await expectRefused(who, REGISTER_PEER, { peerVisitId: visitA }, { code: 'NOT_ALLOWED' });
    await expectRefused(admin, REGISTER_PEER, { peerVisitId: randomUUID() }, { code: 'NOT_FOUND', message: /^Peer visit was not found\.$/ });
    await expectRefused(admin, REGISTER_PEER, { peerVisitId: 'geen-id' }, { code: 'BAD_USER_INPUT', field: 'peerVisitId' });
    await expectRefused(admin, REGISTER_PEER, { peerVisitId: visitB }, { code: 'WRONG_PHASE', message: /DRAFT/ });
  });

  it('registers it once, as its own kind of entry in the public register, without certificate or award', async () => {
    const i = { clientMutationId: mutationId(), peerVisitId: visitA };
    const { registerPeerReview: entry } = await admin.ok(REGISTER_PEER, { i });
    const [report] = await conn().execute(`select finalised_at from peer_learning_report where visit_id = ?`, [visitA]);
    const validFrom = new Date(report.finalised_at);
    // The placeholder rule: 24 months from the day the report was made final.
    const validUntil = new Date(validFrom);
    validUntil.setUTCMonth(validUntil.getUTCMonth() + 24);
    expect(entry).toMatchObject({ peerVisitId: visitA, peerGroupId: groupId, organisationName: m.a.fixture.organisation.name, wholeOrganisation: true, scopeUnits: [] });
    expect([new Date(entry.validFrom).getTime(), new Date(entry.validUntil).getTime()]).toEqual([validFrom.getTime(), validUntil.getTime()]);
    // The same command again answers the same entry; a new one is a CONFLICT.
    expect((await admin.ok(REGISTER_PEER, { i })).registerPeerReview.id).toBe(entry.id);
    await expectRefused(admin, REGISTER_PEER, { peerVisitId: visitA }, { code: 'CONFLICT', field: 'peerVisitId', message: /already/ });
    const rows = await conn().execute(`select organisation_id, group_id, registered_by_id is not null as by from peer_review_registration where visit_id = ?`, [visitA]);
    expect(rows).toEqual([{ organisation_id: m.a.fixture.organisation.id, group_id: groupId, by: true }]);
    // No certificate came of it.
    expect(await conn().execute(`select id from certificate where organisation_id = ?`, [m.a.fixture.organisation.id])).toEqual([]);

    const anonymous = new GqlSession(stack.url);
    for (const who of [anonymous, admin]) {
      const { nodes } = (await who.ok(PUBLIC_REGISTER, { s: m.a.fixture.organisation.name })).register;
      expect(nodes).toEqual([
        {
          kind: 'PEER_REVIEW',
          certificateNumber: null,
          organisationName: m.a.fixture.organisation.name,
          variant: 'PEER_REVIEW',
          wholeOrganisation: true,
          certifyingInstitutionName: null,
          frameworkName: expect.any(String),
          validFrom: entry.validFrom,
          validUntil: entry.validUntil,
          status: 'VALID',
          cycleId: null,
          allowedActions: [],
        },
      ]);
    }
    // The organisation and its group see that it is registered, and B's visit is not.
    const { visits } = (await m.a.officer.ok(GROUP_VISITS, { id: groupId })).peerGroup;
    expect(visits).toEqual(expect.arrayContaining([{ id: visitA, registration: { id: entry.id, validUntil: entry.validUntil } }, { id: visitB, registration: null }]));
  });
});
