import { cycleWorkflowId } from '../../workflows/src/ids';
import { cycleStateQuery } from '../../workflows/src/messages';
import { createOrganisation, PASSWORD, type OrgFixture } from '../support/fixtures';
import { inDays, today } from '../support/dates';
import { GqlSession } from '../support/gql';
import { mutationId } from '../support/operations';
import { createCertifyingInstitution, createFramework, secondsRules, type CiFixture } from '../support/scheme-fixtures';
import { recordHistory } from '../support/record-history';
import { startStack, type Stack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const CYCLE = `id phase step overdue auditDays auditDaysComputed proposedAuditDates confirmedAuditDate advice decision`;
const cmd = (name: string, inputType: string) => `mutation($i: ${inputType}!) { ${name}(input: $i) { ${CYCLE} } }`;


let stack: Stack;
let org: OrgFixture;
let ci: CiFixture;
let normIds: string[];
let frameworkId: string;
const officer = () => session(org.officer);
const sessions = new Map<string, GqlSession>();

async function session(email: string): Promise<GqlSession> {
  let s = sessions.get(email);
  if (!s) {
    s = new GqlSession(stack.url);
    await s.login(email, email.endsWith('@swn.demo') ? 'demo-wachtwoord' : PASSWORD);
    sessions.set(email, s);
  }
  return s;
}

beforeAll(async () => {
  stack = await startStack();
  const em = stack.orm.em.fork();
  const framework = await createFramework(em, secondsRules());
  frameworkId = framework.version.id;
  normIds = framework.normIds;
  org = await createOrganisation(em, 'Volledige cyclus');
  ci = await createCertifyingInstitution(em);
});
afterAll(() => stack?.stop());

it('runs a whole cycle through GraphQL as the three parties, to the certificate, the register and the next cycle', async () => {
  const qo = await officer();
  const start = await qo.ok(`mutation($i: StartCycleInput!) { startCycle(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40, frameworkVersionId: frameworkId },
  });
  const cycleId: string = start.startCycle.id;
  const c = (extra: Record<string, unknown> = {}) => ({ i: { cycleId, clientMutationId: mutationId(), ...extra } });

  // Self-evaluation
  await qo.ok(cmd('completePreparation', 'CompletePreparationInput'), c());
  for (const normId of normIds) {
    await qo.ok(`mutation($i: SaveSelfEvaluationAnswerInput!) { saveSelfEvaluationAnswer(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), cycleId, normId, score: 'MEETS', goesWell: 'Goed' },
    });
  }
  expect((await qo.ok(cmd('submitSelfEvaluation', 'CycleCommandInput'), c())).submitSelfEvaluation.phase).toBe('INTERNAL_AUDIT');

  // Internal audit: a refusal first (nothing done yet), then one audit done.
  expect((await qo.refused(cmd('completeInternalAudit', 'CycleCommandInput'), c())).extensions.code).toBe('INCOMPLETE');
  const auditorId = (await stack.orm.em.fork().getConnection().execute(`select id from app_user where email = ?`, [org.internalAuditor]))[0].id;
  const planned = await qo.ok(`mutation($i: PlanInternalAuditInput!) { planInternalAudit(input: $i) { id status } }`, {
    i: { clientMutationId: mutationId(), cycleId, unit: 'Team Noord', plannedDate: today(), auditorIds: [auditorId] },
  });
  const internalAuditId = planned.planInternalAudit.id;
  const ia = await session(org.internalAuditor);
  await ia.ok(`mutation($i: RecordInternalAuditFindingInput!) { recordInternalAuditFinding(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), internalAuditId, normId: normIds[0], strengths: 'Sterke intervisie', improvementPoints: 'Leeragenda bijhouden' },
  });
  await ia.ok(`mutation($i: SetInternalAuditStatusInput!) { setInternalAuditStatus(input: $i) { status } }`, { i: { clientMutationId: mutationId(), internalAuditId, status: 'DONE' } });
  const ext = await qo.ok(cmd('completeInternalAudit', 'CycleCommandInput'), c());
  expect(ext.completeInternalAudit).toMatchObject({ phase: 'EXTERNAL_AUDIT', step: 'AWAITING_ENGAGEMENT' });

  // Engagement and scheduling
  await qo.ok(cmd('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput'), c({ certifyingInstitutionId: ci.ci.id }));
  const manager = await session(ci.manager);
  const refusedOverride = await manager.refused(cmd('acceptEngagement', 'AcceptEngagementInput'), c({ leadAuditorId: ci.lead.id, coAuditorId: ci.co.id, auditDays: 3 }));
  expect(refusedOverride.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrideReason' });
  const accepted = await manager.ok(cmd('acceptEngagement', 'AcceptEngagementInput'), c({
    leadAuditorId: ci.lead.id,
    coAuditorId: ci.co.id,
    auditDays: 1.5,
    overrideReason: 'Twee locaties',
  }));
  expect(accepted.acceptEngagement).toMatchObject({ step: 'SCHEDULING', auditDays: 1.5, auditDaysComputed: 1 });

  const lead = await session(ci.lead.email);
  const co = await session(ci.co.email);
  // The audit is today, so the draft report may follow at once.
  const [auditDate, laterDate] = [today(), inDays(7)];
  await lead.ok(cmd('proposeAuditDates', 'ProposeAuditDatesInput'), c({ dates: [auditDate, laterDate] }));
  expect((await qo.refused(cmd('confirmAuditDate', 'ConfirmAuditDateInput'), c({ date: inDays(14) }))).extensions.code).toBe('BAD_USER_INPUT');
  const confirmed = await qo.ok(cmd('confirmAuditDate', 'ConfirmAuditDateInput'), c({ date: auditDate }));
  expect(confirmed.confirmAuditDate).toMatchObject({ step: 'AUDITING', confirmedAuditDate: auditDate });

  // Findings, draft report, reply, final report
  const report = { summary: 'Samenvatting', strengths: 'Betrokken teams', improvementPoints: 'Borging van leren' };
  expect((await lead.refused(cmd('issueDraftReport', 'IssueDraftReportInput'), c(report))).extensions.code).toBe('INCOMPLETE');
  for (const [i, normId] of normIds.entries()) {
    await (i === 0 ? co : lead).ok(`mutation($i: RecordAuditFindingInput!) { recordAuditFinding(input: $i) { id } }`, {
      i: { clientMutationId: mutationId(), cycleId, normId, score: i === 1 ? 'PARTLY_MEETS' : 'MEETS', strengths: 'Goed zichtbaar', improvementPoints: i === 1 ? 'Vastleggen' : '' },
    });
  }
  expect((await co.refused(cmd('issueDraftReport', 'IssueDraftReportInput'), c(report))).extensions.code).toBe('NOT_ALLOWED');
  expect((await lead.ok(cmd('issueDraftReport', 'IssueDraftReportInput'), c(report))).issueDraftReport.step).toBe('AWAITING_REPLY');
  expect((await qo.ok(cmd('replyToDraftReport', 'ReplyToDraftReportInput'), c({ reply: 'Dank; een feitelijke correctie.' }))).replyToDraftReport.step).toBe('REPLIED');
  const final = await lead.ok(cmd('issueFinalReport', 'IssueFinalReportInput'), c({ ...report, advice: 'POSITIVE' }));
  expect(final.issueFinalReport).toMatchObject({ phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING', advice: 'POSITIVE' });

  // Improvement plan: incomplete, then returned with comments, then accepted.
  const incomplete = await qo.refused(cmd('submitImprovementPlan', 'CycleCommandInput'), c());
  expect(incomplete.extensions).toMatchObject({ code: 'INCOMPLETE', uncoveredNormCodes: ['T-2'] });
  await qo.ok(`mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id } }`, {
    i: { clientMutationId: mutationId(), cycleId, normId: normIds[1], what: 'Leeragenda per team', owner: 'Teamleider', dueDate: inDays(180), successIndicator: 'Elk team heeft een agenda' },
  });
  await qo.ok(cmd('submitImprovementPlan', 'CycleCommandInput'), c());
  // Returning says what should change; accepting needs no comments at all.
  const bare = await lead.refused(cmd('reviewImprovementPlan', 'ReviewImprovementPlanInput'), c({ review: 'RETURN' }));
  expect(bare.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comments' });
  expect((await lead.ok(cmd('reviewImprovementPlan', 'ReviewImprovementPlanInput'), c({ review: 'RETURN', comments: 'Maak het meetbaar' }))).reviewImprovementPlan.step).toBe('DRAFTING');
  await qo.ok(cmd('submitImprovementPlan', 'CycleCommandInput'), c());
  const acceptedPlan = await lead.ok(cmd('reviewImprovementPlan', 'ReviewImprovementPlanInput'), c({ review: 'ACCEPT' }));
  expect(acceptedPlan.reviewImprovementPlan).toMatchObject({ phase: 'DECISION', step: 'AWAITING_DECISION' });

  // Decision: only a sector decider; then the certificate is in the public register.
  expect((await qo.refused(cmd('decideCertification', 'DecideCertificationInput'), c({ decision: 'AWARD', reason: 'x' }))).extensions.code).toBe('NOT_ALLOWED');
  const decider = await session('commissie@swn.demo');
  const awarded = await decider.ok(cmd('decideCertification', 'DecideCertificationInput'), c({ decision: 'AWARD', reason: 'Positief advies' }));
  expect(awarded.decideCertification).toMatchObject({ phase: 'CERTIFIED', step: 'VALID', decision: 'AWARD' });
  const conn = () => stack.orm.em.fork().getConnection();
  const [cert] = await conn().execute(`select number, status from certificate where cycle_id = ?`, [cycleId]);
  expect(cert.number).toMatch(/^KSSW-\d{4}-\d{5}$/);
  // The cycle names the certificate it issued.
  const issued = await qo.ok(`query($id: ID!) { cycle(id: $id) { certificate { number status } } }`, { id: cycleId });
  expect(issued.cycle.certificate).toEqual({ number: cert.number, status: 'VALID' });
  const anonymous = new GqlSession(stack.url);
  const verified = await anonymous.ok(`query($n: String!) { verifyCertificate(number: $n) { certificateNumber status organisationName } }`, { n: cert.number });
  expect(verified.verifyCertificate).toMatchObject({ certificateNumber: cert.number, status: 'VALID', organisationName: org.organisation.name });

  // Recertification reminder: the next cycle opens, open actions carried over, the officer is told.
  const next = await waitFor('the next cycle', async () => {
    const rows = await conn().execute(`select id, phase from cycle where previous_cycle_id = ?`, [cycleId]);
    return rows[0];
  });
  expect(next.phase).toBe('PREPARATION');
  const current = await qo.ok(`query($id: ID!) { organisation(id: $id) { currentCycle { id } } }`, { id: org.organisation.id });
  expect(current.organisation.currentCycle.id).toBe(next.id);
  const carried = await conn().execute(`select count(*)::int as n from improvement_action where cycle_id = ? and carried_over_from_id is not null`, [next.id]);
  expect(carried[0].n).toBe(1);
  await waitFor('the recertification notice', async () => {
    const notes = await qo.ok(`{ notifications(first: 50) { nodes { kind title } } }`);
    return notes.notifications.nodes.some((n: { kind: string }) => n.kind === 'RECERTIFICATION');
  });

  // Expiry without renewal: the certificate expires and the register shows it at once.
  await waitFor('expiry', async () => (await conn().execute(`select phase from cycle where id = ?`, [cycleId]))[0].phase === 'EXPIRED');
  const expired = await anonymous.ok(`query($n: String!) { verifyCertificate(number: $n) { status } }`, { n: cert.number });
  expect(expired.verifyCertificate.status).toBe('EXPIRED');

  // The workflow and its projection agree; the audit trail holds every step once, in order.
  const state = await stack.temporal.workflow.getHandle(cycleWorkflowId(cycleId)).result().then(() => null, () => null);
  expect(state).toBeNull();
  const trail = await conn().execute<{ seq: number; command: string }[]>(`select seq, command from cycle_transition where cycle_id = ? order by seq`, [cycleId]);
  expect(trail.map((t) => t.seq)).toEqual(trail.map((_, i) => i + 1));
  expect(trail.map((t) => t.command)).toEqual([
    'startCycle', 'completePreparation', 'submitSelfEvaluation', 'completeInternalAudit', 'engageCertifyingInstitution',
    'acceptEngagement', 'proposeAuditDates', 'confirmAuditDate', 'issueDraftReport', 'replyToDraftReport', 'issueFinalReport',
    'submitImprovementPlan', 'reviewImprovementPlan', 'submitImprovementPlan', 'reviewImprovementPlan', 'decideCertification',
    'openNextCycle', 'certificateExpired',
  ]);
  const nextState = await stack.temporal.workflow.getHandle(cycleWorkflowId(next.id)).query(cycleStateQuery);
  expect(nextState.phase).toBe('PREPARATION');
  // Recorded with events and notifications as codes; full-cycle-expired.json keeps the earlier wording replaying.
  recordHistory(cycleId, 'full-cycle-expired-local');
});
