import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { CertifyingInstitution } from '../../server/src/modules/certifying-institution/certifying-institution.entity';
import { Notification } from '../../server/src/modules/notification/notification.entity';
import { placeCycle } from '../support/content-fixtures';
import { longRules, withMutationId } from '../support/cycle-driver';
import { inDays, today } from '../support/dates';
import { uploadSmallPdf } from '../support/evidence-http';
import { addOrganisationMember, createOrganisation, PASSWORD } from '../support/fixtures';
import { Role } from '../../server/src/modules/user/role';
import { GqlSession, type GqlResult } from '../support/gql';
import { mutationId } from '../support/operations';
import { createCertifyingInstitution, createDraftVersion, createFramework, SCHEME_RULES_INPUT as RULES_INPUT, VARIANT_GUIDE_INPUT, type CiFixture } from '../support/scheme-fixtures';
import { FILE_SCHEMA, idTakingRootFields } from '../support/schema-ids';
import { startStack, type Stack } from '../support/stack';

/**
 * Never an internal error for something that is gone (docs/error-codes.md, "Retries and things deleted
 * meanwhile"). One organisation's cycle collects content of every kind, each made by a mutation whose
 * clientMutationId is kept; then things go: an action and evidence through the API, and at last the whole
 * cycle, a draft framework version and an institution (which the API never deletes) from the database, as
 * an operator would. Every mutation that takes an ID (read from schema/schema.graphql: a new one fails the
 * coverage test until it has a row) is then sent naming what is gone, and where it made something, sent again
 * with its first clientMutationId: each answers NOT_FOUND for what is gone. Only a delete or an unlink that
 * is repeated answers as the first time: the ID it removed.
 */

let stack: Stack;
let evidenceDir: string;
const conn = () => stack.orm.em.fork().getConnection();

type Party = 'officer' | 'manager' | 'lead' | 'decider' | 'admin' | 'teamLead';
const parties = {} as Record<Party, GqlSession>;

/** What was made, and the clientMutationIds that made it. */
const made = {
  officerId: '',
  earlierCycleId: '',
  cycleId: '',
  normId: '',
  answerId: '',
  internalAuditId: '',
  internalFindingId: '',
  actionId: '',
  keptActionId: '',
  evidenceId: '',
  documentId: '',
  deletedVersionId: '',
  looseEvidenceId: '',
  unlinkedLinkId: '',
  /** The organisation's learning year report, linked as evidence to a norm of the cycle (the link goes with the cycle). */
  learningReportId: '',
  learningLinkId: '',
  draftVersionId: '',
  institutionId: '',
  notificationIds: [] as string[],
  ci: null as CiFixture | null,
  /** A proposed and confirmed peer group, and the partners' sign-ups in it. */
  peerGroupId: '',
  partnerSignUpIds: [] as string[],
  peerAuditorId: '',
  /** The organisation's own visit in that group, by the partners' peer auditors, planned and confirmed. */
  peerVisitId: '',
  organisationId: '',
  visitAuditorIds: [] as string[],
  invitationId: '',
  /** The organisation's viewer, named a delegate of the self-evaluation and withdrawn again. */
  viewerId: '',
  /** A team with its lead, the lead's note, learning time kept and deleted, a person who left. */
  teamId: '',
  entryId: '',
  deletedEntryId: '',
  leftPersonId: '',
  /** A learning goal kept (then gone from the database) and one deleted through the API. */
  goalId: '',
  deletedGoalId: '',
  /** A theme on the learning agenda, with the officer's interest in it (then gone from the database). */
  themeId: '',
  /** A round of the learning-climate scan asking the team, answered and agreed on by the lead (then gone from the database). */
  climateRoundId: '',
  /** A learning session with the team lead taking part, next week (then gone from the database). */
  sessionId: '',
  firstIds: {} as Record<string, string>,
};

const gql = {
  mutation: (name: string, inputType: string, selection = '{ __typename }') => `mutation($i: ${inputType}!) { ${name}(input: $i) ${selection} }`,
};

/** Sends a mutation as `by`, with the given clientMutationId or a new one. */
async function send(by: Party, name: string, input: Record<string, unknown>, clientMutationId?: string): Promise<GqlResult> {
  const inputType = FILE_SCHEMA.getMutationType()!.getFields()[name].args[0].type.toString().replace('!', '');
  const returnsObject = !['ID', 'Int', 'Boolean'].includes(FILE_SCHEMA.getMutationType()!.getFields()[name].type.toString().replace('!', ''));
  const i = clientMutationId ? { clientMutationId, ...input } : await withMutationId(stack.url, inputType, input);
  return parties[by].request(gql.mutation(name, inputType, returnsObject ? '{ __typename }' : ''), { i });
}

/** Sends a mutation that must succeed, keeping its clientMutationId under `key`; returns its data. */
async function make(key: string, by: Party, name: string, input: Record<string, unknown>, selection = '{ id }'): Promise<Record<string, any>> {
  made.firstIds[key] = mutationId();
  const inputType = FILE_SCHEMA.getMutationType()!.getFields()[name].args[0].type.toString().replace('!', '');
  return (await parties[by].ok(gql.mutation(name, inputType, selection), { i: { clientMutationId: made.firstIds[key], ...input } }))[name];
}

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-deleted-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  const em = stack.orm.em.fork();
  const { version, normIds } = await createFramework(em, longRules());
  const org = await createOrganisation(em, 'Verdwijnt');
  made.organisationId = org.organisation.id;
  made.ci = await createCertifyingInstitution(em);
  made.normId = normIds[0];
  [parties.officer, parties.manager, parties.lead, parties.decider, parties.admin] = await Promise.all([
    login(org.officer),
    login(made.ci.manager),
    login(made.ci.lead.email),
    login('commissie@swn.demo', 'demo-wachtwoord'),
    login('secretariaat@swn.demo', 'demo-wachtwoord'),
  ]);
  made.officerId = (await parties.officer.ok(`{ me { id } }`)).me.id;
  const start = { frameworkVersionId: version.id, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40 };

  // An earlier cycle with evidence linked, closed as after a renewal: the next one can carry it over.
  made.earlierCycleId = (await make('earlierStart', 'officer', 'startCycle', start)).id;
  await placeCycle(conn(), made.earlierCycleId, 'SELF_EVALUATION');
  made.evidenceId = await uploadSmallPdf(stack.url, parties.officer.sessionCookie, 'blijvend');
  await make('earlierLink', 'officer', 'linkEvidence', { evidenceId: made.evidenceId, cycleId: made.earlierCycleId, normId: made.normId });
  await stack.temporal.workflow.getHandle(cycleWorkflowId(made.earlierCycleId)).terminate('replaced by the test');
  await conn().execute(`update cycle set phase = 'RENEWED', closed_at = now(), self_evaluation_locked_at = now() where id = ?`, [made.earlierCycleId]);

  // The cycle that will go, with content of every kind; positions set as the projection would.
  made.cycleId = (await make('startCycle', 'officer', 'startCycle', start)).id;
  await make('completePreparation', 'officer', 'completePreparation', { cycleId: made.cycleId });
  await conn().execute(`update cycle set previous_cycle_id = ? where id = ?`, [made.earlierCycleId, made.cycleId]);
  await make('confirmEvidenceStillValid', 'officer', 'confirmEvidenceStillValid', { cycleId: made.cycleId, evidenceId: made.evidenceId, stillValid: true }, '{ stillValid }');
  made.answerId = (await make('saveSelfEvaluationAnswer', 'officer', 'saveSelfEvaluationAnswer', { cycleId: made.cycleId, normId: made.normId, score: 'MEETS' })).id;
  await make('linkToAnswer', 'officer', 'linkEvidence', { evidenceId: made.evidenceId, selfEvaluationAnswerId: made.answerId });
  made.learningReportId = (
    await conn().execute<{ id: string }[]>(
      `insert into learning_year_report (id, organisation_id, year, content) values (gen_random_uuid(), ?, 2025, '{"teams":[],"themes":[],"scanRounds":[],"sessions":0,"normPercent":10,"minContributors":5}') returning id`,
      [made.organisationId],
    )
  )[0].id;
  made.learningLinkId = (await make('linkLearningEvidence', 'officer', 'linkLearningEvidence', learningLink())).id;
  // The officer asked for their own view as a respondent, and one answer saved.
  made.invitationId = (await make('inviteRespondents', 'officer', 'inviteRespondents', respondentInvite()))[0].id;
  await make('saveRespondentAnswer', 'officer', 'saveRespondentAnswer', { invitationId: made.invitationId, normId: made.normId, score: 'MEETS' });
  made.viewerId = (await conn().execute<{ id: string }[]>(`select id from app_user where email = ?`, [org.viewer]))[0].id;
  await make('delegateSelfEvaluation', 'officer', 'delegateSelfEvaluation', { cycleId: made.cycleId, userId: made.viewerId });
  await make('withdrawSelfEvaluationDelegation', 'officer', 'withdrawSelfEvaluationDelegation', { cycleId: made.cycleId, userId: made.viewerId });

  await placeCycle(conn(), made.cycleId, 'INTERNAL_AUDIT');
  made.internalAuditId = (await make('planInternalAudit', 'officer', 'planInternalAudit', { cycleId: made.cycleId, unit: 'Team Oost', plannedDate: today(), auditorIds: [made.officerId] })).id;
  made.internalFindingId = (await make('recordInternalAuditFinding', 'officer', 'recordInternalAuditFinding', { internalAuditId: made.internalAuditId, normId: made.normId, strengths: 'Sterk' })).id;
  await make('setInternalAuditStatus', 'officer', 'setInternalAuditStatus', { internalAuditId: made.internalAuditId, status: 'DONE' });

  await placeCycle(conn(), made.cycleId, 'EXTERNAL_AUDIT', 'AUDITING');
  await conn().execute(`update cycle set certifying_institution_id = ?, lead_auditor_id = ?, co_auditor_id = ?, audit_days = 1 where id = ?`, [made.ci.ci.id, made.ci.lead.id, made.ci.co.id, made.cycleId]);
  await make('saveAuditProgramme', 'lead', 'saveAuditProgramme', { cycleId: made.cycleId, slots: programmeSlots() });
  await make('confirmAuditProgramme', 'officer', 'confirmAuditProgramme', { cycleId: made.cycleId });
  await make('recordAuditFinding', 'lead', 'recordAuditFinding', { cycleId: made.cycleId, normId: made.normId, score: 'MEETS', strengths: 'Sterk', improvementPoints: '' });

  await placeCycle(conn(), made.cycleId, 'IMPROVEMENT_PLAN', 'DRAFTING');
  const action = { cycleId: made.cycleId, what: 'Actie', owner: 'Teamleider', dueDate: inDays(90), successIndicator: 'Zichtbaar' };
  made.actionId = (await make('saveImprovementAction', 'officer', 'saveImprovementAction', action)).id;
  await make('linkToAction', 'officer', 'linkEvidence', { evidenceId: made.evidenceId, improvementActionId: made.actionId });
  made.keptActionId = (await make('keptAction', 'officer', 'saveImprovementAction', { ...action, what: 'Blijft tot het eind' })).id;
  expect(await make('deleteImprovementAction', 'officer', 'deleteImprovementAction', { actionId: made.actionId }, '')).toBe(made.actionId);

  // Evidence of the organisation: a version added and deleted again, a link made and removed.
  made.documentId = await uploadSmallPdf(stack.url, parties.officer.sessionCookie, 'document');
  made.deletedVersionId = await uploadSmallPdf(stack.url, parties.officer.sessionCookie, 'versie-2');
  made.looseEvidenceId = await uploadSmallPdf(stack.url, parties.officer.sessionCookie, 'los');
  await make('addEvidenceVersion', 'officer', 'addEvidenceVersion', { evidenceId: made.deletedVersionId, previousEvidenceId: made.documentId });
  expect(await make('deleteEvidence', 'officer', 'deleteEvidence', { evidenceId: made.deletedVersionId }, '')).toBe(made.deletedVersionId);
  made.unlinkedLinkId = (await make('linkToKeptAction', 'officer', 'linkEvidence', { evidenceId: made.documentId, improvementActionId: made.keptActionId })).id;
  expect(await make('unlinkEvidence', 'officer', 'unlinkEvidence', { linkId: made.unlinkedLinkId }, '')).toBe(made.unlinkedLinkId);

  await placeCycle(conn(), made.cycleId, 'DECISION', 'AWAITING_DECISION');
  await make('updateImprovementAction', 'officer', 'updateImprovementAction', { actionId: made.keptActionId, status: 'IN_PROGRESS' });
  // A notification about the cycle, as the workflow's notify activity writes one (completing the preparation sends none).
  const note = em.create(Notification, { user: made.officerId, cycle: made.cycleId, key: `test-${randomUUID()}`, kind: 'REMINDER', title: 'Herinnering' });
  await em.flush();
  made.notificationIds = [note.id];

  // The sector body's: a draft version with rules set, an institution admitted and then not.
  const draft = await createDraftVersion(em, longRules());
  const institution = em.create(CertifyingInstitution, { name: `Instelling ${randomUUID().slice(0, 8)}` });
  await em.flush();
  made.draftVersionId = draft.id;
  made.institutionId = institution.id;
  await make('updateSchemeRules', 'admin', 'updateSchemeRules', { frameworkVersionId: draft.id, rules: RULES_INPUT });
  await make('updateVariantGuide', 'admin', 'updateVariantGuide', { frameworkVersionId: draft.id, guide: VARIANT_GUIDE_INPUT });
  await make('setCertifyingInstitutionAdmission', 'admin', 'setCertifyingInstitutionAdmission', { certifyingInstitutionId: institution.id, admitted: false });

  // A peer group the organisation proposed with two partners, confirmed by the sector body.
  const signUp = { periodFrom: inDays(30), periodUntil: inDays(120), fte: 20, region: 'Verdwenen', partnersKnown: true };
  // Each partner also nominates its internal auditor as peer auditor with a training, for the organisation's visit.
  for (const label of ['Partner 1', 'Partner 2']) {
    const fixture = await createOrganisation(em, label);
    const partner = await login(fixture.officer);
    const run = async (name: string, inputType: string, input: Record<string, unknown>) =>
      (await partner.ok(gql.mutation(name, inputType, '{ id }'), { i: await withMutationId(stack.url, inputType, input) }))[name].id as string;
    made.partnerSignUpIds.push(await run('signUpForPeerReview', 'SignUpForPeerReviewInput', signUp));
    const [person] = await conn().execute(`select id from app_user where email = ?`, [fixture.internalAuditor]);
    const auditorId = await run('nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
    await run('recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: today(), provider: 'Opleider' });
    made.visitAuditorIds.push(auditorId);
  }
  await make('signUpForPeerReview', 'officer', 'signUpForPeerReview', signUp);
  made.peerGroupId = (await make('proposePeerGroup', 'officer', 'proposePeerGroup', { partnerSignUpIds: made.partnerSignUpIds })).id;
  await make('confirmPeerGroup', 'admin', 'confirmPeerGroup', { peerGroupId: made.peerGroupId });
  made.peerVisitId = (await make('planPeerVisit', 'officer', 'planPeerVisit', visitPlan())).id;
  await make('confirmPeerVisit', 'officer', 'confirmPeerVisit', { peerVisitId: made.peerVisitId });
  made.peerAuditorId = (await make('nominatePeerAuditor', 'officer', 'nominatePeerAuditor', { personId: made.officerId })).id;
  await make('recordPeerAuditorTraining', 'officer', 'recordPeerAuditorTraining', { peerAuditorId: made.peerAuditorId, trainedOn: today(), provider: 'Opleider' });

  // Teams and learning time.
  const lead = await addOrganisationMember(em, org.organisation, Role.ORG_TEAM_LEAD);
  parties.teamLead = await login(lead.email);
  made.leftPersonId = (await addOrganisationMember(em, org.organisation, Role.ORG_PROFESSIONAL)).id;
  made.teamId = (await make('saveTeam', 'officer', 'saveTeam', { name: 'Verdwijnt', memberIds: [lead.id] })).id;
  await make('saveLearningContextNote', 'teamLead', 'saveLearningContextNote', { teamId: made.teamId, month: today().slice(0, 7), text: 'Weg' });
  made.entryId = (await make('registerLearningTime', 'officer', 'registerLearningTime', { date: today(), hours: 1, kind: 'READING' })).id;
  made.deletedEntryId = (await make('registerDeleted', 'officer', 'registerLearningTime', { date: today(), hours: 1, kind: 'READING' })).id;
  await make('deleteLearningTime', 'officer', 'deleteLearningTime', { entryId: made.deletedEntryId }, '');
  made.goalId = (await make('saveLearningGoal', 'officer', 'saveLearningGoal', { title: 'Verdwijnt' })).id;
  made.deletedGoalId = (await make('saveDeletedGoal', 'officer', 'saveLearningGoal', { title: 'Weg' })).id;
  await make('deleteLearningGoal', 'officer', 'deleteLearningGoal', { goalId: made.deletedGoalId }, '');
  made.themeId = (await make('proposeLearningTheme', 'officer', 'proposeLearningTheme', { title: 'Verdwijnt' })).id;
  await make('showInterest', 'officer', 'showInterest', { themeId: made.themeId });
  const round = await make('openClimateScanRound', 'officer', 'openClimateScanRound', { period: 'Verdwijnt', teamIds: [made.teamId] }, '{ id questions { id } }');
  made.climateRoundId = round.id;
  const answers = round.questions.map((q: { id: string }) => ({ questionId: q.id, score: 4 }));
  await make('answerClimateScan', 'teamLead', 'answerClimateScan', { roundId: made.climateRoundId, teamId: made.teamId, answers }, '{ round { id } }');
  await make('recordTeamClimateAgreement', 'teamLead', 'recordTeamClimateAgreement', { roundId: made.climateRoundId, teamId: made.teamId, text: 'Weg' });
  made.sessionId = (await make('planLearningSession', 'officer', 'planLearningSession', { title: 'Verdwijnt', kind: 'SESSION', date: inDays(7), hours: 1, participantIds: [lead.id] })).id;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});


// --- The rows ------------------------------------------------------------------------------------------

type Expected = { notFound: string; field?: string } | { replays: () => string };
interface Row {
  label: string;
  operation: string;
  by: Party;
  input(): Record<string, unknown>;
  /** Sent again with the clientMutationId kept under this key, rather than a new one. */
  retry?: string;
  expected: Expected;
}

const gone = (what: string, field?: string): Expected => ({ notFound: what, ...(field ? { field } : {}) });
const onCycle = (operation: string, by: Party, extra: () => Record<string, unknown> = () => ({})): Row => ({
  label: 'on the cycle that is gone',
  operation,
  by,
  input: () => ({ cycleId: made.cycleId, ...extra() }),
  expected: gone('Cycle'),
});
const retried = (operation: string, by: Party, input: () => Record<string, unknown>, expected: Expected, key = operation): Row => ({
  label: 'retried, its result gone',
  operation,
  by,
  input,
  retry: key,
  expected,
});
const learningLink = () => ({ cycleId: made.cycleId, normId: made.normId, learningYearReportId: made.learningReportId });
const visitPlan = () => ({ peerGroupId: made.peerGroupId, organisationId: made.organisationId, date: inDays(40), peerAuditorIds: made.visitAuditorIds });
const REPORT = { summary: 'Samenvatting', strengths: 'Sterk', improvementPoints: 'Beter' };
function programmeSlots() {
  return [{ day: 1, startTime: '09:00', endTime: '10:00', group: 'CLIENT_COUNCIL', participants: 'Cliëntenraad', normIds: [made.normId], auditorIds: [made.ci!.lead.id] }];
}
const ACTION = { what: 'Actie', owner: 'Teamleider', dueDate: inDays(90), successIndicator: 'Zichtbaar' };
const respondentInvite = () => ({ cycleId: made.cycleId, invitees: [{ userId: made.officerId, layer: 'MANAGEMENT' }], dueDate: today() });

const ROWS: Row[] = [
  // Every process command on the cycle that is gone, and one retried: the cycle is looked up before the receipt.
  onCycle('completePreparation', 'officer'),
  retried('completePreparation', 'officer', () => ({ cycleId: made.cycleId }), gone('Cycle')),
  onCycle('submitSelfEvaluation', 'officer'),
  onCycle('completeInternalAudit', 'officer'),
  onCycle('engageCertifyingInstitution', 'officer', () => ({ certifyingInstitutionId: made.ci!.ci.id })),
  onCycle('acceptEngagement', 'manager', () => ({ leadAuditorId: made.ci!.lead.id, coAuditorId: made.ci!.co.id })),
  onCycle('proposeAuditDates', 'lead', () => ({ dates: [inDays(7)] })),
  onCycle('confirmAuditDate', 'officer', () => ({ date: inDays(7) })),
  onCycle('issueDraftReport', 'lead', () => REPORT),
  onCycle('replyToDraftReport', 'officer', () => ({ reply: 'Dank' })),
  onCycle('issueFinalReport', 'lead', () => ({ ...REPORT, advice: 'POSITIVE' })),
  onCycle('submitImprovementPlan', 'officer'),
  onCycle('reviewImprovementPlan', 'lead', () => ({ review: 'ACCEPT' })),
  onCycle('decideCertification', 'decider', () => ({ decision: 'REFUSE', reason: 'Onderbouwing' })),
  onCycle('suspendCertificate', 'admin', () => ({ reason: 'Onderbouwing' })),
  onCycle('reinstateCertificate', 'admin', () => ({ reason: 'Onderbouwing' })),
  onCycle('withdrawCertificate', 'admin', () => ({ reason: 'Onderbouwing' })),
  onCycle('declineEngagement', 'manager', () => ({ reason: 'Onderbouwing' })),
  // Its content, new and retried
  onCycle('saveSelfEvaluationAnswer', 'officer', () => ({ normId: made.normId, score: 'MEETS' })),
  retried('saveSelfEvaluationAnswer', 'officer', () => ({ cycleId: made.cycleId, normId: made.normId, score: 'MEETS' }), gone('Self-evaluation answer')),
  onCycle('inviteRespondents', 'officer', () => ({ invitees: [{ userId: made.officerId, layer: 'BOARD' }], dueDate: today() })),
  retried('inviteRespondents', 'officer', respondentInvite, gone('Respondent invitation')),
  ...['delegateSelfEvaluation', 'withdrawSelfEvaluationDelegation'].flatMap((name) => [
    onCycle(name, 'officer', () => ({ userId: made.viewerId })),
    retried(name, 'officer', () => ({ cycleId: made.cycleId, userId: made.viewerId }), gone('Cycle')),
  ]),
  { label: 'naming the invitation that is gone', operation: 'saveRespondentAnswer', by: 'officer', input: () => ({ invitationId: made.invitationId, normId: made.normId, score: 'MEETS' }), expected: gone('Respondent invitation') },
  retried('saveRespondentAnswer', 'officer', () => ({ invitationId: made.invitationId, normId: made.normId, score: 'MEETS' }), gone('Respondent answer')),
  { label: 'naming the invitation that is gone', operation: 'submitRespondentAnswers', by: 'officer', input: () => ({ invitationId: made.invitationId }), expected: gone('Respondent invitation') },
  onCycle('confirmEvidenceStillValid', 'officer', () => ({ evidenceId: made.evidenceId, stillValid: true })),
  retried('confirmEvidenceStillValid', 'officer', () => ({ cycleId: made.cycleId, evidenceId: made.evidenceId, stillValid: true }), gone('Evidence')),
  onCycle('planInternalAudit', 'officer', () => ({ unit: 'Team', plannedDate: today(), auditorIds: [made.ci!.lead.id] })),
  retried('planInternalAudit', 'officer', () => ({ cycleId: made.cycleId, unit: 'Team Oost', plannedDate: today(), auditorIds: [made.officerId] }), gone('Internal audit')),
  { label: 'naming the internal audit that is gone', operation: 'setInternalAuditStatus', by: 'officer', input: () => ({ internalAuditId: made.internalAuditId, status: 'DONE' }), expected: gone('Internal audit') },
  retried('setInternalAuditStatus', 'officer', () => ({ internalAuditId: made.internalAuditId, status: 'DONE' }), gone('Internal audit')),
  {
    label: 'naming the internal audit that is gone',
    operation: 'recordInternalAuditFinding',
    by: 'officer',
    input: () => ({ internalAuditId: made.internalAuditId, normId: made.normId, strengths: 'Sterk' }),
    expected: gone('Internal audit'),
  },
  retried('recordInternalAuditFinding', 'officer', () => ({ internalAuditId: made.internalAuditId, normId: made.normId, strengths: 'Sterk' }), gone('Internal audit finding')),
  onCycle('recordAuditFinding', 'lead', () => ({ normId: made.normId, score: 'MEETS', strengths: 'Sterk', improvementPoints: '' })),
  retried('recordAuditFinding', 'lead', () => ({ cycleId: made.cycleId, normId: made.normId, score: 'MEETS', strengths: 'Sterk', improvementPoints: '' }), gone('Audit finding')),
  onCycle('saveAuditProgramme', 'lead', () => ({ slots: programmeSlots() })),
  retried('saveAuditProgramme', 'lead', () => ({ cycleId: made.cycleId, slots: programmeSlots() }), gone('Audit programme')),
  onCycle('confirmAuditProgramme', 'officer'),
  retried('confirmAuditProgramme', 'officer', () => ({ cycleId: made.cycleId }), gone('Audit programme')),
  // The action deleted through the API (before its cycle went), as the integrator did
  onCycle('saveImprovementAction', 'officer', () => ACTION),
  retried('saveImprovementAction', 'officer', () => ({ cycleId: made.cycleId, ...ACTION }), gone('Improvement action')),
  {
    label: 'naming the deleted action, in a cycle still there',
    operation: 'saveImprovementAction',
    by: 'officer',
    input: () => ({ cycleId: made.earlierCycleId, actionId: made.actionId, ...ACTION }),
    expected: gone('Improvement action', 'actionId'),
  },
  { label: 'naming the deleted action', operation: 'updateImprovementAction', by: 'officer', input: () => ({ actionId: made.actionId, status: 'DONE' }), expected: gone('Improvement action') },
  retried('updateImprovementAction', 'officer', () => ({ actionId: made.keptActionId, status: 'IN_PROGRESS' }), gone('Improvement action')),
  { label: 'naming the deleted action', operation: 'deleteImprovementAction', by: 'officer', input: () => ({ actionId: made.actionId }), expected: gone('Improvement action') },
  retried('deleteImprovementAction', 'officer', () => ({ actionId: made.actionId }), { replays: () => made.actionId }),
  // Links: to what is gone, and the links that went with it
  { label: 'to a norm of the cycle that is gone', operation: 'linkEvidence', by: 'officer', input: () => ({ evidenceId: made.evidenceId, cycleId: made.cycleId, normId: made.normId }), expected: gone('Cycle', 'cycleId') },
  { label: 'to the answer that is gone', operation: 'linkEvidence', by: 'officer', input: () => ({ evidenceId: made.evidenceId, selfEvaluationAnswerId: made.answerId }), expected: gone('Self-evaluation answer', 'selfEvaluationAnswerId') },
  {
    label: 'to the internal audit finding that is gone',
    operation: 'linkEvidence',
    by: 'officer',
    input: () => ({ evidenceId: made.evidenceId, internalAuditFindingId: made.internalFindingId }),
    expected: gone('Internal audit finding', 'internalAuditFindingId'),
  },
  { label: 'to the deleted action', operation: 'linkEvidence', by: 'officer', input: () => ({ evidenceId: made.evidenceId, improvementActionId: made.actionId }), expected: gone('Improvement action', 'improvementActionId') },
  { label: 'of the deleted version', operation: 'linkEvidence', by: 'officer', input: () => ({ evidenceId: made.deletedVersionId, cycleId: made.earlierCycleId, normId: made.normId }), expected: gone('Evidence') },
  retried('linkEvidence', 'officer', () => ({ evidenceId: made.evidenceId, selfEvaluationAnswerId: made.answerId }), gone('Evidence link'), 'linkToAnswer'),
  retried('linkEvidence', 'officer', () => ({ evidenceId: made.evidenceId, improvementActionId: made.actionId }), gone('Evidence link'), 'linkToAction'),
  retried('linkEvidence', 'officer', () => ({ evidenceId: made.documentId, improvementActionId: made.keptActionId }), gone('Evidence link'), 'linkToKeptAction'),
  { label: 'the link removed', operation: 'unlinkEvidence', by: 'officer', input: () => ({ linkId: made.unlinkedLinkId }), expected: gone('Evidence link') },
  retried('unlinkEvidence', 'officer', () => ({ linkId: made.unlinkedLinkId }), { replays: () => made.unlinkedLinkId }),
  // Versions: the deleted one, as the new version and as the one to follow
  { label: 'the deleted file as the new version', operation: 'addEvidenceVersion', by: 'officer', input: () => ({ evidenceId: made.deletedVersionId, previousEvidenceId: made.documentId }), expected: gone('Evidence') },
  {
    label: 'after the deleted file',
    operation: 'addEvidenceVersion',
    by: 'officer',
    input: () => ({ evidenceId: made.looseEvidenceId, previousEvidenceId: made.deletedVersionId }),
    expected: gone('Evidence', 'previousEvidenceId'),
  },
  retried('addEvidenceVersion', 'officer', () => ({ evidenceId: made.deletedVersionId, previousEvidenceId: made.documentId }), gone('Evidence')),
  { label: 'the deleted file', operation: 'deleteEvidence', by: 'officer', input: () => ({ evidenceId: made.deletedVersionId }), expected: gone('Evidence') },
  retried('deleteEvidence', 'officer', () => ({ evidenceId: made.deletedVersionId }), { replays: () => made.deletedVersionId }),
  // Notifications of the cycle that is gone went with it
  { label: 'of the cycle that is gone', operation: 'markNotificationsRead', by: 'officer', input: () => ({ ids: made.notificationIds }), expected: gone('Notification') },
  // What the API never deletes, gone from the database
  retried('startCycle', 'officer', () => ({ frameworkVersionId: made.draftVersionId, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40 }), gone('Cycle')),
  {
    label: 'on the version that is gone',
    operation: 'startCycle',
    by: 'officer',
    input: () => ({ frameworkVersionId: made.draftVersionId, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 40 }),
    expected: gone('Framework version', 'frameworkVersionId'),
  },
  { label: 'the version that is gone', operation: 'publishFrameworkVersion', by: 'admin', input: () => ({ frameworkVersionId: made.draftVersionId }), expected: gone('Framework version') },
  { label: 'the version that is gone', operation: 'retireFrameworkVersion', by: 'admin', input: () => ({ frameworkVersionId: made.draftVersionId }), expected: gone('Framework version') },
  { label: 'the version that is gone', operation: 'updateSchemeRules', by: 'admin', input: () => ({ frameworkVersionId: made.draftVersionId, rules: RULES_INPUT }), expected: gone('Framework version') },
  retried('updateSchemeRules', 'admin', () => ({ frameworkVersionId: made.draftVersionId, rules: RULES_INPUT }), gone('Framework version')),
  { label: 'the version that is gone', operation: 'updateVariantGuide', by: 'admin', input: () => ({ frameworkVersionId: made.draftVersionId, guide: VARIANT_GUIDE_INPUT }), expected: gone('Framework version') },
  retried('updateVariantGuide', 'admin', () => ({ frameworkVersionId: made.draftVersionId, guide: VARIANT_GUIDE_INPUT }), gone('Framework version')),
  { label: 'the institution that is gone', operation: 'setCertifyingInstitutionAdmission', by: 'admin', input: () => ({ certifyingInstitutionId: made.institutionId, admitted: true }), expected: gone('Certifying institution') },
  retried('setCertifyingInstitutionAdmission', 'admin', () => ({ certifyingInstitutionId: made.institutionId, admitted: false }), gone('Certifying institution')),
  {
    label: 'the institution that is gone, on a cycle still there',
    operation: 'engageCertifyingInstitution',
    by: 'officer',
    input: () => ({ cycleId: made.earlierCycleId, certifyingInstitutionId: made.institutionId }),
    expected: gone('Certifying institution', 'certifyingInstitutionId'),
  },
  // The peer group and its partners' sign-ups, gone from the database
  { label: 'of the sign-ups that are gone', operation: 'formPeerGroup', by: 'admin', input: () => ({ signUpIds: made.partnerSignUpIds }), expected: gone('Peer review sign-up', 'signUpIds') },
  { label: 'with the partners that are gone', operation: 'proposePeerGroup', by: 'officer', input: () => ({ partnerSignUpIds: made.partnerSignUpIds }), expected: gone('Peer review sign-up', 'partnerSignUpIds') },
  retried('proposePeerGroup', 'officer', () => ({ partnerSignUpIds: made.partnerSignUpIds }), gone('Peer group')),
  { label: 'the group that is gone', operation: 'confirmPeerGroup', by: 'admin', input: () => ({ peerGroupId: made.peerGroupId }), expected: gone('Peer group') },
  retried('confirmPeerGroup', 'admin', () => ({ peerGroupId: made.peerGroupId }), gone('Peer group')),
  retried('nominatePeerAuditor', 'officer', () => ({ personId: made.officerId }), gone('Peer auditor')),
  { label: 'the auditor who is gone', operation: 'recordPeerAuditorTraining', by: 'officer', input: () => ({ peerAuditorId: made.peerAuditorId, trainedOn: today(), provider: 'Opleider' }), expected: gone('Peer auditor') },
  retried('recordPeerAuditorTraining', 'officer', () => ({ peerAuditorId: made.peerAuditorId, trainedOn: today(), provider: 'Opleider' }), gone('Peer auditor')),
  { label: 'in the group that is gone', operation: 'planPeerVisit', by: 'officer', input: () => visitPlan(), expected: gone('Peer group') },
  retried('planPeerVisit', 'officer', () => visitPlan(), gone('Peer visit')),
  { label: 'the visit that is gone', operation: 'replanPeerVisit', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId, date: inDays(50), peerAuditorIds: made.visitAuditorIds }), expected: gone('Peer visit') },
  { label: 'the visit that is gone', operation: 'confirmPeerVisit', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId }), expected: gone('Peer visit') },
  retried('confirmPeerVisit', 'officer', () => ({ peerVisitId: made.peerVisitId }), gone('Peer visit')),
  // The learning report of the visit that went with its group: the visit is looked up first, whoever asks.
  { label: 'on the visit that is gone', operation: 'recordPeerFinding', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId, normId: made.normId, goesWell: 'Sterk', intention: 'Doel', learningPoints: 'Leren' }), expected: gone('Peer visit') },
  { label: 'of the visit that is gone', operation: 'issueLearningReport', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId, summary: 'Samenvatting' }), expected: gone('Peer visit') },
  { label: 'of the visit that is gone', operation: 'replyToLearningReport', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId, reply: 'Dank' }), expected: gone('Peer visit') },
  { label: 'of the visit that is gone', operation: 'finaliseLearningReport', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId }), expected: gone('Peer visit') },
  { label: 'of the visit that is gone', operation: 'registerPeerReview', by: 'admin', input: () => ({ peerVisitId: made.peerVisitId }), expected: gone('Peer visit') },
  { label: 'of the visit that is gone', operation: 'shareLearningReport', by: 'officer', input: () => ({ peerVisitId: made.peerVisitId }), expected: gone('Peer visit') },
  { label: 'the group that is gone', operation: 'declinePeerGroup', by: 'admin', input: () => ({ peerGroupId: made.peerGroupId, reason: 'Weg' }), expected: gone('Peer group') },
  // The team and the learning time, gone from the database; a person who left
  { label: 'the team that is gone', operation: 'saveTeam', by: 'officer', input: () => ({ teamId: made.teamId, name: 'Terug', memberIds: [] }), expected: gone('Team') },
  retried('saveTeam', 'officer', () => ({ name: 'Verdwijnt', memberIds: [] }), gone('Team')),
  { label: 'the team that is gone', operation: 'archiveTeam', by: 'officer', input: () => ({ teamId: made.teamId }), expected: gone('Team') },
  { label: 'into the team that is gone', operation: 'invitePerson', by: 'officer', input: () => ({ email: `nieuw-${randomUUID()}@voorbeeld.nl`, name: 'Nieuw', role: 'ORG_PROFESSIONAL', teamIds: [made.teamId] }), expected: gone('Team', 'teamIds') },
  { label: 'for the team that is gone', operation: 'setLearningBudget', by: 'officer', input: () => ({ teamId: made.teamId, year: 2026, hours: 10 }), expected: gone('Team', 'teamId') },
  { label: 'of the person who left', operation: 'setContractHours', by: 'officer', input: () => ({ personId: made.leftPersonId, hoursPerWeek: 32 }), expected: gone('Person', 'personId') },
  { label: 'the entry that is gone', operation: 'updateLearningTime', by: 'officer', input: () => ({ entryId: made.entryId, date: today(), hours: 2, kind: 'OTHER' }), expected: gone('Learning entry') },
  retried('registerLearningTime', 'officer', () => ({ date: today(), hours: 1, kind: 'READING' }), gone('Learning entry')),
  { label: 'the entry that is gone', operation: 'deleteLearningTime', by: 'officer', input: () => ({ entryId: made.entryId }), expected: gone('Learning entry') },
  retried('deleteLearningTime', 'officer', () => ({ entryId: made.deletedEntryId }), { replays: () => made.deletedEntryId }),
  { label: 'for the team that is gone', operation: 'saveLearningContextNote', by: 'teamLead', input: () => ({ teamId: made.teamId, month: today().slice(0, 7), text: 'Terug' }), expected: gone('Team', 'teamId') },
  retried('saveLearningContextNote', 'teamLead', () => ({ teamId: made.teamId, month: today().slice(0, 7), text: 'Weg' }), gone('Context note')),
  { label: 'the goal that is gone', operation: 'saveLearningGoal', by: 'officer', input: () => ({ goalId: made.goalId, title: 'Terug' }), expected: gone('Learning goal') },
  retried('saveLearningGoal', 'officer', () => ({ title: 'Verdwijnt' }), gone('Learning goal')),
  { label: 'the goal that is gone', operation: 'deleteLearningGoal', by: 'officer', input: () => ({ goalId: made.goalId }), expected: gone('Learning goal') },
  retried('deleteLearningGoal', 'officer', () => ({ goalId: made.deletedGoalId }), { replays: () => made.deletedGoalId }),
  // The learning agenda: a source that went with its cycle or by itself, the theme gone from the database
  { label: 'from the learning point that is gone', operation: 'proposeLearningTheme', by: 'officer', input: () => ({ title: 'Terug', internalAuditFindingId: made.internalFindingId }), expected: gone('Internal audit finding', 'internalAuditFindingId') },
  { label: 'from the deleted action', operation: 'proposeLearningTheme', by: 'officer', input: () => ({ title: 'Terug', improvementActionId: made.actionId }), expected: gone('Improvement action', 'improvementActionId') },
  retried('proposeLearningTheme', 'officer', () => ({ title: 'Verdwijnt' }), gone('Learning theme')),
  { label: 'the theme that is gone', operation: 'showInterest', by: 'officer', input: () => ({ themeId: made.themeId }), expected: gone('Learning theme') },
  retried('showInterest', 'officer', () => ({ themeId: made.themeId }), gone('Learning theme')),
  // Learning as evidence: the link went with its cycle
  { label: 'on the cycle that is gone', operation: 'linkLearningEvidence', by: 'officer', input: learningLink, expected: gone('Cycle', 'cycleId') },
  retried('linkLearningEvidence', 'officer', learningLink, gone('Learning evidence link')),
  { label: 'the link that went with its cycle', operation: 'unlinkLearningEvidence', by: 'officer', input: () => ({ linkId: made.learningLinkId }), expected: gone('Learning evidence link') },
  // The learning-climate scan: the team and the round gone from the database
  { label: 'for the team that is gone', operation: 'openClimateScanRound', by: 'officer', input: () => ({ period: 'Terug', teamIds: [made.teamId] }), expected: gone('Team', 'teamIds') },
  retried('openClimateScanRound', 'officer', () => ({ period: 'Verdwijnt', teamIds: [made.teamId] }), gone('Climate scan round')),
  { label: 'the round that is gone', operation: 'closeClimateScanRound', by: 'officer', input: () => ({ roundId: made.climateRoundId }), expected: gone('Climate scan round') },
  { label: 'in the round that is gone', operation: 'answerClimateScan', by: 'teamLead', input: () => ({ roundId: made.climateRoundId, teamId: made.teamId, answers: [] }), expected: gone('Climate scan round') },
  retried('answerClimateScan', 'teamLead', () => ({ roundId: made.climateRoundId, teamId: made.teamId, answers: [] }), gone('Climate scan round')),
  { label: 'for the round that is gone', operation: 'recordTeamClimateAgreement', by: 'teamLead', input: () => ({ roundId: made.climateRoundId, teamId: made.teamId, text: 'Terug' }), expected: gone('Climate scan round') },
  // Learning sessions: the team and the session gone from the database
  { label: 'for the team that is gone', operation: 'planLearningSession', by: 'officer', input: () => ({ title: 'Terug', kind: 'SESSION', date: today(), hours: 1, teamId: made.teamId }), expected: gone('Team', 'teamId') },
  { label: 'of the session that is gone', operation: 'recordLearningSessionAttendance', by: 'officer', input: () => ({ sessionId: made.sessionId, attendeeIds: [] }), expected: gone('Learning session') },
  retried('recordTeamClimateAgreement', 'teamLead', () => ({ roundId: made.climateRoundId, teamId: made.teamId, text: 'Weg' }), gone('Team climate agreement')),
];

describe('every mutation that takes an ID has a row', () => {
  it('in the table below, for schema/schema.graphql', () => {
    const covered = new Set(ROWS.map((r) => r.operation));
    expect(idTakingRootFields(FILE_SCHEMA).mutations.filter((m) => !covered.has(m))).toEqual([]);
    // Not vacuous: a retried row for each kind of result that can go.
    expect(ROWS.filter((r) => r.retry).length).toBeGreaterThan(15);
  });
});

describe('before anything goes', () => {
  it('the content was made, and an institution no longer admitted is not found when engaging it', async () => {
    const [counts] = await conn().execute(
      `select (select count(*)::int from evidence_link where cycle_id = ?) as links, (select count(*)::int from improvement_action where cycle_id = ?) as actions`,
      [made.cycleId, made.cycleId],
    );
    // The carried-over link and the link to the answer; the kept action.
    expect(counts).toEqual({ links: 2, actions: 1 });
    expect(made.notificationIds.length).toBeGreaterThan(0);
    const r = await send('officer', 'engageCertifyingInstitution', { cycleId: made.cycleId, certifyingInstitutionId: made.institutionId });
    expect(r.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      { message: 'Certifying institution was not found.', extensions: { code: 'NOT_FOUND', field: 'certifyingInstitutionId' } },
    ]);
  });
});

describe('after the cycle, a version and an institution went from the database', () => {
  beforeAll(async () => {
    // As an operator would remove them: the workflow stopped, then the rows (their content goes with the cycle).
    await stack.temporal.workflow.getHandle(cycleWorkflowId(made.cycleId)).terminate('removed by the test');
    await conn().execute(`delete from cycle where id = ?`, [made.cycleId]);
    await conn().execute(`delete from framework_version where id = ?`, [made.draftVersionId]);
    await conn().execute(`delete from certifying_institution where id = ?`, [made.institutionId]);
    await conn().execute(`delete from peer_group where id = ?`, [made.peerGroupId]);
    await conn().execute(`delete from peer_review_sign_up where id in (?, ?)`, made.partnerSignUpIds);
    await conn().execute(`delete from peer_auditor where id = ?`, [made.peerAuditorId]);
    await conn().execute(`delete from team where id = ?`, [made.teamId]);
    await conn().execute(`delete from learning_entry where id = ?`, [made.entryId]);
    await conn().execute(`delete from learning_goal where id = ?`, [made.goalId]);
    await conn().execute(`delete from learning_theme where id = ?`, [made.themeId]);
    await conn().execute(`delete from climate_scan_round where id = ?`, [made.climateRoundId]);
    await conn().execute(`delete from learning_session where id = ?`, [made.sessionId]);
    await conn().execute(`delete from app_user where id = ?`, [made.leftPersonId]);
  });

  it.each(ROWS.map((r) => [r.operation, r.label, r] as const))('%s %s', async (_operation, _label, row) => {
    const r = await send(row.by, row.operation, row.input(), row.retry ? made.firstIds[row.retry] : undefined);
    if ('replays' in row.expected) {
      expect(r.errors).toBeUndefined();
      expect(r.data?.[row.operation]).toBe(row.expected.replays());
      return;
    }
    expect(r.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      { message: `${row.expected.notFound} was not found.`, extensions: { code: 'NOT_FOUND', ...(row.expected.field ? { field: row.expected.field } : {}) } },
    ]);
    expect(r.data).toBeNull();
  });
});
