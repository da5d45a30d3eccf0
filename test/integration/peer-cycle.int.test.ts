import { peerGroupWorkflowId } from '../../workflows/src/ids';
import { peerGroupStateQuery } from '../../workflows/src/messages';
import { answerAllAndSubmit, command, longRules, passInternalAudit } from '../support/cycle-driver';
import { inDays } from '../support/dates';
import { createOrganisation, PASSWORD } from '../support/fixtures';
import { GqlSession } from '../support/gql';
import { runForId, signedIn, type PeerMember as Member } from '../support/peer-session';
import { mutationId } from '../support/operations';
import { recordHistory, recordWorkflowHistory } from '../support/record-history';
import { createFramework } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { refusalCheck } from './refusal-check';

/**
 * A PEER_REVIEW cycle takes the peer path end to end: three organisations, each with its own cycle, sign up,
 * are formed into a group (whose workflow then moves their cycles), plan and confirm their visits, record
 * findings, take the learning reports to FINAL and are registered by the sector body: three register entries
 * and three cycles in REGISTERED. External-audit and certificate commands are refused WRONG_PHASE on the way.
 */

const CYCLE = `query($id: ID!) { cycle(id: $id) { id phase step variant nextStep { party task } timeline { stage status } } }`;
const REGISTER_PEER = `mutation($i: RegisterPeerReviewInput!) { registerPeerReview(input: $i) { id peerVisitId organisationName validUntil } }`;

let stack: Stack;
let admin: GqlSession;
let normIds: string[];
let versionId: string;
let groupId: string;
const m: Record<'a' | 'b' | 'c', Member> = {} as Record<'a' | 'b' | 'c', Member>;
const KEYS = ['a', 'b', 'c'] as const;

const conn = () => stack.orm.em.fork().getConnection();

const login = (email: string, password = PASSWORD): Promise<GqlSession> => signedIn(stack.url, email, password);
const run = runForId;

const cycleOf = async (key: 'a' | 'b' | 'c') => (await m[key].officer.ok(CYCLE, { id: m[key].cycleId })).cycle;
const waitForStep = (key: 'a' | 'b' | 'c', phase: string, step: string | null) =>
  waitFor(`${key} in ${phase} (${step})`, async () => {
    const c = await cycleOf(key);
    return c.phase === phase && c.step === step && c;
  });

const registrations = async () =>
  (await conn().execute(`select count(*)::int as n from peer_review_registration where group_id = ?`, [groupId]))[0] ?? { n: 0 };
const expectRefused = refusalCheck(async () => ({
  registrations: (await conn().execute(`select md5(coalesce(string_agg(id::text, ',' order by id), '')) as h from peer_review_registration`))[0].h,
  cycles: (await conn().execute(`select md5(string_agg(id::text || phase || coalesce(step, '-') || seq, ',' order by id)) as h from cycle`))[0].h,
}));

async function startPeerCycle(key: 'a' | 'b' | 'c'): Promise<string> {
  const officer = m[key].officer;
  const start = await officer.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'PEER_REVIEW', wholeOrganisation: true, scopeUnits: [], fte: 20, frameworkVersionId: versionId },
  });
  const cycleId: string = start.startCycle.id;
  await officer.ok(command('completePreparation', 'CompletePreparationInput'), { i: { cycleId, clientMutationId: mutationId() } });
  await answerAllAndSubmit(officer, cycleId, normIds);
  return cycleId;
}

const signUp = (key: 'a' | 'b' | 'c') =>
  run(m[key].officer, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: `Pad ${groupTag}`, partnersKnown: false });
const groupTag = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  stack = await startStack();
  admin = await login('secretariaat@swn.demo', 'demo-wachtwoord');
  const framework = await createFramework(stack.orm.em.fork(), longRules(), 2);
  normIds = framework.normIds;
  versionId = framework.version.id;
  for (const key of KEYS) {
    const fixture = await createOrganisation(stack.orm.em.fork(), `Peerpad ${key.toUpperCase()} ${groupTag}`);
    const officer = await login(fixture.officer);
    const [person] = await conn().execute(`select id from app_user where email = ?`, [fixture.internalAuditor]);
    const auditorId = await run(officer, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await run(officer, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: inDays(-10), provider: 'Opleider' });
    m[key] = { fixture, officer, auditorId, auditor: await login(fixture.internalAuditor), cycleId: '', signUpId: '', visitId: '' };
  }
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('a PEER_REVIEW cycle goes from its internal audit to the peer assessment', () => {
  it('links the sign-up to the cycle; C signs up before its cycle exists and is linked when the group forms', async () => {
    m.c.signUpId = await signUp('c');
    for (const key of KEYS) m[key].cycleId = await startPeerCycle(key);
    for (const key of ['a', 'b'] as const) m[key].signUpId = await signUp(key);
    const linkOf = async (k: 'a' | 'b' | 'c') => (await conn().execute(`select cycle_id from peer_review_sign_up where id = ?`, [m[k].signUpId]))[0].cycle_id;
    expect([await linkOf('a'), await linkOf('b'), await linkOf('c')]).toEqual([m.a.cycleId, m.b.cycleId, null]);
  });

  it('after the internal audit A waits for its group, and the timeline and next step show the peer path', async () => {
    await passInternalAudit(m.a.officer, stack.orm.em.fork(), m.a.fixture, m.a.cycleId, normIds[0]);
    const a = await cycleOf('a');
    expect(a).toMatchObject({ phase: 'PEER_ASSESSMENT', step: 'AWAITING_GROUP', variant: 'PEER_REVIEW', nextStep: { party: 'ORGANISATION', task: 'JOIN_PEER_GROUP' } });
    expect(a.timeline).toEqual([
      { stage: 'PREPARATION', status: 'DONE' },
      { stage: 'SELF_EVALUATION', status: 'DONE' },
      { stage: 'INTERNAL_AUDIT', status: 'DONE' },
      { stage: 'PEER_ASSESSMENT', status: 'CURRENT' },
      { stage: 'REGISTERED', status: 'UPCOMING' },
    ]);
  });

  it('refuses the external audit and the certificate on a peer cycle, naming the peer path, and changes nothing', async () => {
    const input = (extra: Record<string, unknown> = {}) => ({ cycleId: m.a.cycleId, ...extra });
    const peerPath = /peer path \(PEER_REVIEW\)/;
    await expectRefused(m.a.officer, command('replyToDraftReport', 'ReplyToDraftReportInput'), input({ reply: 'Geen rapport' }), { code: 'WRONG_PHASE', message: peerPath });
    await expectRefused(m.a.officer, command('submitImprovementPlan', 'CycleCommandInput'), input(), { code: 'WRONG_PHASE', message: peerPath });
    await expectRefused(admin, command('suspendCertificate', 'CertificateActionInput'), input({ reason: 'Geen certificaat' }), { code: 'WRONG_PHASE', message: peerPath });
    await expectRefused(admin, command('withdrawCertificate', 'CertificateActionInput'), input({ reason: 'Geen certificaat' }), { code: 'WRONG_PHASE', message: peerPath });
  });

  it('the group formed: its workflow moves A and B (B still in its internal audit), and links C', async () => {
    groupId = await run(admin, 'formPeerGroup', 'FormPeerGroupInput', { signUpIds: KEYS.map((k) => m[k].signUpId) });
    await waitForStep('a', 'PEER_ASSESSMENT', 'GROUP_FORMED');
    const [c] = await conn().execute(`select cycle_id from peer_review_sign_up where id = ?`, [m.c.signUpId]);
    expect(c.cycle_id).toBe(m.c.cycleId);
    // B and C complete their internal audit after the group formed: they go straight to GROUP_FORMED.
    for (const key of ['b', 'c'] as const) {
      await waitFor(`${key} told of the group`, async () => {
        const state = await stack.temporal.workflow.getHandle(peerGroupWorkflowId(groupId)).query(peerGroupStateQuery);
        return state.memberCycleIds.length === 3;
      });
      await passInternalAudit(m[key].officer, stack.orm.em.fork(), m[key].fixture, m[key].cycleId, normIds[0]);
      await waitForStep(key, 'PEER_ASSESSMENT', 'GROUP_FORMED');
    }
    expect((await cycleOf('b')).nextStep).toEqual({ party: 'ORGANISATION', task: 'PLAN_PEER_VISITS' });
  });

  it('every visit confirmed: the schedule is agreed and the cycles move to VISITS_PLANNED', async () => {
    const pairs = { a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b'] } as const;
    for (const [i, key] of KEYS.entries()) {
      m[key].visitId = await run(m.b.officer, 'planPeerVisit', 'PlanPeerVisitInput', {
        peerGroupId: groupId,
        organisationId: m[key].fixture.organisation.id,
        date: inDays(20 + i),
        peerAuditorIds: pairs[key].map((p) => m[p].auditorId),
      });
    }
    await run(m.a.officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: m.a.visitId });
    await run(m.b.officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: m.b.visitId });
    expect((await cycleOf('a')).step).toBe('GROUP_FORMED');
    await run(m.c.officer, 'confirmPeerVisit', 'ConfirmPeerVisitInput', { peerVisitId: m.c.visitId });
    for (const key of KEYS) await waitForStep(key, 'PEER_ASSESSMENT', 'VISITS_PLANNED');
  });

  it('findings and learning reports to FINAL; registering before the whole group is final is refused by the cycle and stores nothing', async () => {
    const pairs = { a: 'b', b: 'a', c: 'a' } as const;
    for (const key of KEYS) {
      const pair = m[pairs[key]].auditor;
      const peerVisitId = m[key].visitId;
      await run(pair, 'recordPeerFinding', 'RecordPeerFindingInput', { peerVisitId, normId: normIds[0], goesWell: 'Goed overleg.', intention: 'Leren.', learningPoints: 'Leg afspraken vast.' });
      await pair.ok(`mutation($i: IssueLearningReportInput!) { issueLearningReport(input: $i) { status } }`, { i: { clientMutationId: mutationId(), peerVisitId, summary: 'Samenvatting' } });
      await m[key].officer.ok(`mutation($i: ReplyToLearningReportInput!) { replyToLearningReport(input: $i) { status } }`, { i: { clientMutationId: mutationId(), peerVisitId, reply: 'Dank' } });
      if (key === 'a') {
        await pair.ok(`mutation($i: LearningReportCommandInput!) { finaliseLearningReport(input: $i) { status } }`, { i: { clientMutationId: mutationId(), peerVisitId } });
        await expectRefused(admin, REGISTER_PEER, { peerVisitId }, { code: 'WRONG_PHASE', message: /registered only in PEER_ASSESSMENT \(REPORTS_FINAL\)/ });
      }
    }
    for (const key of ['b', 'c'] as const) {
      await m[pairs[key]].auditor.ok(`mutation($i: LearningReportCommandInput!) { finaliseLearningReport(input: $i) { status } }`, {
        i: { clientMutationId: mutationId(), peerVisitId: m[key].visitId },
      });
    }
    for (const key of KEYS) await waitForStep(key, 'PEER_ASSESSMENT', 'REPORTS_FINAL');
    expect((await cycleOf('a')).nextStep).toEqual({ party: 'SECTOR_BODY', task: 'REGISTER_PEER_REVIEW' });
    expect(await registrations()).toEqual({ n: 0 });
  });

  it('the sector body registers each assessment: three register entries, three cycles in REGISTERED', async () => {
    for (const key of KEYS) {
      const entry = (await admin.ok(REGISTER_PEER, { i: { clientMutationId: mutationId(), peerVisitId: m[key].visitId } })).registerPeerReview;
      expect(entry).toMatchObject({ peerVisitId: m[key].visitId, organisationName: m[key].fixture.organisation.name });
    }
    expect(await registrations()).toEqual({ n: 3 });
    for (const key of KEYS) {
      const c = await cycleOf(key);
      expect(c).toMatchObject({ phase: 'REGISTERED', step: null, nextStep: { party: 'NOBODY', task: 'NONE' } });
      expect(c.timeline.map((s: { status: string }) => s.status)).toEqual(['DONE', 'DONE', 'DONE', 'DONE', 'CURRENT']);
    }
    const events = await conn().execute(`select command, to_phase from cycle_transition where cycle_id = ? order by seq`, [m.a.cycleId]);
    expect(events.map((e) => e.command)).toEqual([
      'startCycle',
      'completePreparation',
      'submitSelfEvaluation',
      'completeInternalAudit',
      'peerGroupProgress',
      'peerGroupProgress',
      'peerGroupProgress',
      'registerPeerReview',
    ]);
    // No certificate comes of a peer assessment.
    expect(await conn().execute(`select id from certificate where cycle_id in (?, ?, ?)`, KEYS.map((k) => m[k].cycleId))).toEqual([]);
    await waitFor('the group workflow to end', async () => {
      const d = await stack.temporal.workflow.getHandle(peerGroupWorkflowId(groupId)).describe();
      return d.status.name === 'COMPLETED';
    });
    recordHistory(m.a.cycleId, 'peer-review-cycle-registered');
    recordWorkflowHistory(peerGroupWorkflowId(groupId), 'peer-group-reports-final');
  });

  it('registered, the sign-ups are completed and each organisation signs up for its next assessment; an older GROUPED one is completed then', async () => {
    const statusOf = async (id: string) => (await conn().execute(`select status, cycle_id from peer_review_sign_up where id = ?`, [id]))[0];
    for (const key of KEYS) expect((await statusOf(m[key].signUpId)).status).toBe('COMPLETED');
    // As a sign-up registered before registration completed sign-ups stood: still GROUPED.
    await conn().execute(`update peer_review_sign_up set status = 'GROUPED' where id = ?`, [m.c.signUpId]);
    for (const key of KEYS) {
      const renewal = await signUp(key);
      expect(renewal).not.toBe(m[key].signUpId);
      // Open for a group, and not part of the registered cycle, which is over.
      expect(await statusOf(renewal)).toEqual({ status: 'OPEN', cycle_id: null });
    }
    expect((await statusOf(m.c.signUpId)).status).toBe('COMPLETED');
    // One renewal at a time, as before.
    const again = await m.a.officer.request(`mutation($i: SignUpForPeerReviewInput!) { signUpForPeerReview(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), periodFrom: inDays(10), periodUntil: inDays(120), fte: 20, region: 'Elders', partnersKnown: false },
    });
    expect(again.errors?.map((e) => e.extensions.code)).toEqual(['CONFLICT']);
  });
});
