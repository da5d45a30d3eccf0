import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { contentFingerprint } from '../support/content-fixtures';
import { downloadDossier, zipMember } from '../support/dossier-rows';
import { driveCycle, longRules, withMutationId, type ParkedCycle } from '../support/cycle-driver';
import { inDays, today } from '../support/dates';
import { downloadEvidence, uploadSmallPdf } from '../support/evidence-http';
import { addOrganisationMember, createOrganisation, PASSWORD } from '../support/fixtures';
import { Role } from '../../server/src/modules/user/role';
import { GqlSession, type GqlResult } from '../support/gql';
import { mutationId } from '../support/operations';
import { createDraftVersion, createFramework, SCHEME_RULES_INPUT as RULES_INPUT, VARIANT_GUIDE_INPUT } from '../support/scheme-fixtures';
import { FILE_SCHEMA, idTakingRootFields } from '../support/schema-ids';
import { startStack, type Stack } from '../support/stack';

/**
 * Who may touch which cycle, as a generated matrix. Every operation of the API that takes the ID of a cycle,
 * an organisation, an internal audit, an improvement action or a framework version (read from
 * schema/schema.graphql: a new one fails the coverage test until it is in the table) is run against one real
 * cycle, driven through GraphQL to its improvement plan, by callers who must get nothing: a user of another
 * organisation, auditors not assigned to the cycle (of the same and of another certifying institution), the
 * manager of another certifying institution, and an anonymous caller. Each gets the exact refusal the server
 * gives its class, the same answer for a random UUID (existence is not revealed), no data, and the database
 * stays exactly as it was. Positive controls show that the IDs are real and the rightful parties get through.
 */

/** The Cycle fields that lead to other objects (its content): each must be in the matrix as a sub-field read. */
function cycleObjectFields(schema: GraphQLSchema): string[] {
  const cycle = schema.getType('Cycle');
  if (!isObjectType(cycle)) throw new Error('The schema has no Cycle type');
  return Object.values(cycle.getFields()).filter((f) => isObjectType(getNamedType(f.type))).map((f) => f.name).sort();
}

// --- Callers and what each class of caller must get ---------------------------------------------------

const CALLERS = ['otherOrgOfficer', 'otherOrgInternalAuditor', 'unassignedAuditor', 'otherCiAuditor', 'otherCiManager', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];

/** Who must pass an operation's first gate: reads need only a session, the rest a role (then the data decides). */
type Gate = 'read' | 'orgOfficer' | 'orgMember' | 'teamLead' | 'ciManager' | 'auditor' | 'sector' | 'startCycle' | 'list';

interface Refusal {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}
type Expected = { refusal: Refusal } | { data: Record<string, unknown> };

const UNAUTHENTICATED: Refusal = { code: 'UNAUTHENTICATED', message: 'Log in first.', extensions: { code: 'UNAUTHENTICATED' } };
const ROLE: Refusal = { code: 'NOT_ALLOWED', message: 'Your role does not allow this.', extensions: { code: 'NOT_ALLOWED' } };
/** A reference inside an input that the caller may not see is not found with its field named (docs/error-codes.md). */
const notFound = (what: string, field?: string): Refusal => ({
  code: 'NOT_FOUND',
  message: `${what} was not found.`,
  extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) },
});
/** A draft is the sector body's: for an organisation it is not found, as a version of nothing is. */
const DRAFT_NOT_FOUND = notFound('Framework version', 'frameworkVersionId');

/** Which callers pass the role gate of each gate and then find nothing (the rest are stopped by their role). */
const PASSES_ROLE: Record<Exclude<Gate, 'list' | 'startCycle'>, readonly Caller[]> = {
  read: ['otherOrgOfficer', 'otherOrgInternalAuditor', 'unassignedAuditor', 'otherCiAuditor', 'otherCiManager'],
  orgOfficer: ['otherOrgOfficer'],
  orgMember: ['otherOrgOfficer', 'otherOrgInternalAuditor'],
  teamLead: [],
  ciManager: ['otherCiManager'],
  auditor: ['unassignedAuditor', 'otherCiAuditor'],
  sector: [],
};

// --- The targets: one real cycle with content, and IDs of nothing ---------------------------------------

interface Target {
  organisationId: string;
  cycleId: string;
  internalAuditId: string;
  actionId: string;
  /** A draft version (publish, scheme rules, startCycle) and a published one nobody uses (retire). */
  draftVersionId: string;
  spareVersionId: string;
  certifyingInstitutionId: string;
  notificationIds: string[];
  /** Not under test: real values of the owner's cycle, the same for the ghost. */
  normId: string;
  leadAuditorId: string;
  coAuditorId: string;
  internalAuditorId: string;
  /** The other organisation's own cycle, for the cross-ID attempt. */
  neighbourCycleId: string;
  /** Evidence of the owner: one file linked to the improvement action (linkId), and a second, unlinked one. */
  evidenceId: string;
  spareEvidenceId: string;
  linkId: string;
  /** Evidence the other organisation uploaded itself, for the cross-ID attempts (not under test). */
  neighbourEvidenceId: string;
  /** Items of the owner's cycle read by their own ID: an auditors' finding that meets, one that is an improvement point, the draft report, an internal audit finding. */
  auditFindingId: string;
  improvementFindingId: string;
  reportId: string;
  internalFindingId: string;
  /** The owner's peer group (formed by the sector body) and sign-ups: the owner's own (partners not known) and a member's (known). */
  peerGroupId: string;
  peerSignUpIds: string[];
  partnerSignUpIds: string[];
  /** The owner's internal auditor as a person to nominate, and as the peer auditor nominated. */
  peerPersonId: string;
  peerAuditorId: string;
  /** The owner's visit, planned with a trained peer auditor of each of the other two members. */
  peerVisitId: string;
  visitAuditorIds: string[];
  /** The owner's internal auditor invited as a respondent on the owner's cycle. */
  invitationId: string;
  /** A team of the owner's organisation led by the owner's team lead, and learning time the officer registered. */
  teamId: string;
  teamLeadId: string;
  learningEntryId: string;
  /** A learning goal of the owner's officer, shared with the team lead (who still may not change it). */
  learningGoalId: string;
  /** A theme on the owner's learning agenda, proposed by the owner's officer. */
  learningThemeId: string;
  /** An open round of the owner's learning-climate scan, asking the owner's team. */
  climateRoundId: string;
  /** The owner's learning year report, linked as evidence to a norm of the owner's cycle. */
  learningYearReportId: string;
  learningEvidenceLinkId: string;
  /** A learning session of the owner's organisation, held today, with the team lead taking part. */
  learningSessionId: string;
}

const REPORT = { summary: 'Samenvatting', strengths: 'Sterk', improvementPoints: 'Beter' };

interface Op {
  /** Row label; the root field (and for a sub-field read, the Cycle field) is what coverage counts. */
  name: string;
  root: string;
  cycleField?: string;
  gate: Gate;
  /** What a caller that passes the role gate finds missing. */
  missing?: string;
  query: string;
  /** The input type of a mutation's `input`, to add a clientMutationId where the running server asks for one. */
  inputType?: string;
  vars(t: Target): Record<string, unknown>;
  /** What a caller that passes the role gate finds missing is a reference: NOT_FOUND names this field. */
  missingField?: string;
  /** For gate 'list': the (empty) data every caller gets. */
  nothing?: Record<string, unknown>;
  /** What the ID of nothing gets instead, where the real ID is public (an admitted institution is listed for all). */
  ghostRefusal?: Refusal;
}

const q = (root: string, selection: string, args = '$id: ID!', call = 'id: $id') => `query(${args}) { ${root}(${call}) { ${selection} } }`;
const mut = (name: string, inputType: string, selection = 'id') => `mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection} } }`;
const cmd = (name: string, inputType: string, gate: Gate, extra: (t: Target) => Record<string, unknown> = () => ({})): Op => ({
  name,
  root: name,
  gate,
  missing: 'Cycle',
  query: mut(name, inputType, 'id phase step'),
  inputType,
  vars: (t) => ({ i: { cycleId: t.cycleId, clientMutationId: mutationId(), ...extra(t) } }),
});

/** Selections for the Cycle sub-fields with content; any other object field of Cycle is read as __typename. */
const CYCLE_FIELD_SELECTION: Record<string, string> = {
  internalAudits: 'id status unit findings { id normCode strengths } auditors { id name }',
  auditFindings: 'id normCode score strengths improvementPoints',
  assessment: 'normCode finding { id score } selfEvaluation { id score }',
  improvementActions: 'id normCode what status',
  improvementPoints: 'findingId normCode covered',
  selfEvaluationAnswers: 'id normId score',
  evidenceLinks: 'id normCode improvementActionId locked carriedOver evidence { id name }',
  evidenceCarryOver: 'normCodes stillValid evidence { id }',
  reports: 'kind summary reply',
  planReviews: 'review comments',
  certifyingInstitution: 'id name auditors { id name }',
  leadAuditor: 'id name',
  coAuditor: 'id name',
  peerLearningReports: 'peerVisitId status summary',
};

/**
 * The Cycle fields with content: those of schema/schema.graphql, and those the running server has that the
 * file may not have yet (the coverage test below checks the live schema against this list too).
 */
const CYCLE_CONTENT_FIELDS = [...new Set([...cycleObjectFields(FILE_SCHEMA), ...Object.keys(CYCLE_FIELD_SELECTION)])].sort();

/** The evidence operations that take an ID (the running server must have them; the schema file may lag). */
const EVIDENCE_ABOUT = ['linkEvidence', 'unlinkEvidence', 'addEvidenceVersion', 'deleteEvidence', 'confirmEvidenceStillValid'];

const OPS: Op[] = [
  // Queries
  { name: 'organisation(id)', root: 'organisation', gate: 'read', missing: 'Organisation', query: q('organisation', 'id name place fte'), vars: (t) => ({ id: t.organisationId }) },
  {
    name: 'organisation(id).currentCycle',
    root: 'organisation',
    gate: 'read',
    missing: 'Organisation',
    query: q('organisation', 'id currentCycle { id phase } certificate { id number }'),
    vars: (t) => ({ id: t.organisationId }),
  },
  { name: 'cycle(id)', root: 'cycle', gate: 'read', missing: 'Cycle', query: q('cycle', 'id phase step organisation { id name }'), vars: (t) => ({ id: t.cycleId }) },
  {
    name: 'auditProgramme(cycleId)',
    root: 'auditProgramme',
    gate: 'read',
    missing: 'Cycle',
    query: q('auditProgramme', 'id slots { day normIds norms { id } auditors { id } } uncoveredNorms { id }', '$id: ID!', 'cycleId: $id'),
    vars: (t) => ({ id: t.cycleId }),
  },
  { name: 'cycleEvents(cycleId)', root: 'cycleEvents', gate: 'read', missing: 'Cycle', query: q('cycleEvents', 'seq command actorName summary', '$id: ID!', 'cycleId: $id'), vars: (t) => ({ id: t.cycleId }) },
  ...CYCLE_CONTENT_FIELDS.map<Op>((field) => ({
    name: `cycle(id).${field}`,
    root: 'cycle',
    cycleField: field,
    gate: 'read',
    missing: 'Cycle',
    query: q('cycle', `id ${field} { ${CYCLE_FIELD_SELECTION[field] ?? '__typename'} }`),
    vars: (t) => ({ id: t.cycleId }),
  })),
  // Items of a cycle by their own ID
  { name: 'auditFinding(id)', root: 'auditFinding', gate: 'read', missing: 'Audit finding', query: q('auditFinding', 'id normCode score strengths'), vars: (t) => ({ id: t.auditFindingId }) },
  { name: 'auditReport(id)', root: 'auditReport', gate: 'read', missing: 'Audit report', query: q('auditReport', 'id kind summary'), vars: (t) => ({ id: t.reportId }) },
  { name: 'internalAudit(id)', root: 'internalAudit', gate: 'read', missing: 'Internal audit', query: q('internalAudit', 'id unit status'), vars: (t) => ({ id: t.internalAuditId }) },
  {
    name: 'internalAuditFinding(id)',
    root: 'internalAuditFinding',
    gate: 'read',
    missing: 'Internal audit finding',
    query: q('internalAuditFinding', 'id normCode strengths'),
    vars: (t) => ({ id: t.internalFindingId }),
  },
  { name: 'improvementAction(id)', root: 'improvementAction', gate: 'read', missing: 'Improvement action', query: q('improvementAction', 'id what'), vars: (t) => ({ id: t.actionId }) },
  {
    name: 'improvementPoint(findingId)',
    root: 'improvementPoint',
    gate: 'read',
    missing: 'Improvement point',
    query: q('improvementPoint', 'findingId normCode covered', '$id: ID!', 'findingId: $id'),
    vars: (t) => ({ id: t.improvementFindingId }),
  },
  // A file linked in the cycle (to its improvement action): readable by those who may download it.
  { name: 'evidenceFile(id)', root: 'evidenceFile', gate: 'read', missing: 'Evidence', query: q('evidenceFile', 'id name versions { id }'), vars: (t) => ({ id: t.evidenceId }) },
  { name: 'frameworkVersion(id) of a draft', root: 'frameworkVersion', gate: 'read', missing: 'Framework version', query: q('frameworkVersion', 'id name status'), vars: (t) => ({ id: t.draftVersionId }) },
  {
    name: 'organisations(filter: certifyingInstitutionId)',
    root: 'organisations',
    gate: 'list',
    query: q('organisations', 'totalCount nodes { id name }', '$ci: ID!', 'first: 50, filter: { certifyingInstitutionId: $ci }'),
    vars: (t) => ({ ci: t.certifyingInstitutionId }),
    nothing: { organisations: { totalCount: 0, nodes: [] } },
    ghostRefusal: notFound('Certifying institution', 'certifyingInstitutionId'),
  },

  // The cycle's process commands
  cmd('completePreparation', 'CompletePreparationInput', 'orgOfficer'),
  cmd('submitSelfEvaluation', 'CycleCommandInput', 'orgOfficer'),
  cmd('completeInternalAudit', 'CycleCommandInput', 'orgOfficer'),
  cmd('engageCertifyingInstitution', 'EngageCertifyingInstitutionInput', 'orgOfficer', (t) => ({ certifyingInstitutionId: t.certifyingInstitutionId })),
  cmd('acceptEngagement', 'AcceptEngagementInput', 'ciManager', (t) => ({ leadAuditorId: t.leadAuditorId, coAuditorId: t.coAuditorId })),
  cmd('declineEngagement', 'DeclineEngagementInput', 'ciManager', () => ({ reason: 'Van buiten' })),
  cmd('proposeAuditDates', 'ProposeAuditDatesInput', 'auditor', () => ({ dates: [inDays(7)] })),
  cmd('confirmAuditDate', 'ConfirmAuditDateInput', 'orgOfficer', () => ({ date: inDays(7) })),
  cmd('issueDraftReport', 'IssueDraftReportInput', 'auditor', () => REPORT),
  cmd('replyToDraftReport', 'ReplyToDraftReportInput', 'orgOfficer', () => ({ reply: 'Van buiten' })),
  cmd('issueFinalReport', 'IssueFinalReportInput', 'auditor', () => ({ ...REPORT, advice: 'NEGATIVE' })),
  cmd('submitImprovementPlan', 'CycleCommandInput', 'orgOfficer'),
  cmd('reviewImprovementPlan', 'ReviewImprovementPlanInput', 'auditor', () => ({ review: 'ACCEPT', comments: '' })),
  cmd('decideCertification', 'DecideCertificationInput', 'sector', () => ({ decision: 'REFUSE', reason: 'Van buiten' })),
  cmd('suspendCertificate', 'CertificateActionInput', 'sector', () => ({ reason: 'Van buiten' })),
  cmd('reinstateCertificate', 'CertificateActionInput', 'sector', () => ({ reason: 'Van buiten' })),
  cmd('withdrawCertificate', 'CertificateActionInput', 'sector', () => ({ reason: 'Van buiten' })),

  // Content
  {
    name: 'saveSelfEvaluationAnswer',
    root: 'saveSelfEvaluationAnswer',
    gate: 'orgMember',
    missing: 'Cycle',
    query: mut('saveSelfEvaluationAnswer', 'SaveSelfEvaluationAnswerInput'),
    inputType: 'SaveSelfEvaluationAnswerInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, normId: t.normId, score: 'DOES_NOT_MEET', goesWell: 'Van buiten' } }),
  },
  // Delegates of the self-evaluation: the quality officers name and withdraw members of the organisation.
  ...(['delegateSelfEvaluation', 'withdrawSelfEvaluationDelegation'] as const).map<Op>((name) => ({
    name,
    root: name,
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut(name, 'SelfEvaluationDelegationInput', 'id'),
    inputType: 'SelfEvaluationDelegationInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, userId: t.internalAuditorId } }),
  })),
  // Respondents: the quality officers invite and list; the invitee answers; the spread is read by ID.
  {
    name: 'inviteRespondents',
    root: 'inviteRespondents',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut('inviteRespondents', 'InviteRespondentsInput'),
    inputType: 'InviteRespondentsInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, invitees: [{ userId: t.internalAuditorId, layer: 'BOARD' }], dueDate: inDays(7) } }),
  },
  {
    name: 'respondentInvitations(cycleId)',
    root: 'respondentInvitations',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: q('respondentInvitations', 'totalCount nodes { id layer respondent { name } }', '$id: ID!', 'cycleId: $id'),
    vars: (t) => ({ id: t.cycleId }),
  },
  {
    name: 'selfEvaluationSpread(cycleId)',
    root: 'selfEvaluationSpread',
    gate: 'read',
    missing: 'Cycle',
    query: q('selfEvaluationSpread', 'invitedCount norms { normId goesWell { text } }', '$id: ID!', 'cycleId: $id'),
    vars: (t) => ({ id: t.cycleId }),
  },
  {
    name: 'saveRespondentAnswer',
    root: 'saveRespondentAnswer',
    gate: 'orgMember',
    missing: 'Respondent invitation',
    query: mut('saveRespondentAnswer', 'SaveRespondentAnswerInput'),
    inputType: 'SaveRespondentAnswerInput',
    vars: (t) => ({ i: { invitationId: t.invitationId, normId: t.normId, score: 'DOES_NOT_MEET', goesWell: 'Van buiten' } }),
  },
  {
    name: 'submitRespondentAnswers',
    root: 'submitRespondentAnswers',
    gate: 'orgMember',
    missing: 'Respondent invitation',
    query: mut('submitRespondentAnswers', 'SubmitRespondentAnswersInput', 'id submittedAt'),
    inputType: 'SubmitRespondentAnswersInput',
    vars: (t) => ({ i: { invitationId: t.invitationId } }),
  },
  {
    name: 'planInternalAudit',
    root: 'planInternalAudit',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut('planInternalAudit', 'PlanInternalAuditInput'),
    inputType: 'PlanInternalAuditInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, unit: 'Van buiten', plannedDate: today(), auditorIds: [t.internalAuditorId] } }),
  },
  {
    name: 'setInternalAuditStatus',
    root: 'setInternalAuditStatus',
    gate: 'orgMember',
    missing: 'Internal audit',
    query: mut('setInternalAuditStatus', 'SetInternalAuditStatusInput'),
    inputType: 'SetInternalAuditStatusInput',
    vars: (t) => ({ i: { internalAuditId: t.internalAuditId, status: 'CANCELLED' } }),
  },
  {
    name: 'recordInternalAuditFinding',
    root: 'recordInternalAuditFinding',
    gate: 'orgMember',
    missing: 'Internal audit',
    query: mut('recordInternalAuditFinding', 'RecordInternalAuditFindingInput'),
    inputType: 'RecordInternalAuditFindingInput',
    vars: (t) => ({ i: { internalAuditId: t.internalAuditId, normId: t.normId, strengths: 'Van buiten' } }),
  },
  {
    name: 'recordAuditFinding',
    root: 'recordAuditFinding',
    gate: 'auditor',
    missing: 'Cycle',
    query: mut('recordAuditFinding', 'RecordAuditFindingInput'),
    inputType: 'RecordAuditFindingInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, normId: t.normId, score: 'DOES_NOT_MEET', strengths: 'Van buiten', improvementPoints: 'Alles' } }),
  },
  {
    name: 'saveAuditProgramme',
    root: 'saveAuditProgramme',
    gate: 'auditor',
    missing: 'Cycle',
    query: mut('saveAuditProgramme', 'SaveAuditProgrammeInput'),
    inputType: 'SaveAuditProgrammeInput',
    vars: (t) => ({
      i: { cycleId: t.cycleId, slots: [{ day: 1, startTime: '09:00', endTime: '10:00', group: 'CLIENTS', headCount: 3, normIds: [t.normId], auditorIds: [t.leadAuditorId] }] },
    }),
  },
  {
    name: 'confirmAuditProgramme',
    root: 'confirmAuditProgramme',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut('confirmAuditProgramme', 'CycleCommandInput'),
    inputType: 'CycleCommandInput',
    vars: (t) => ({ i: { cycleId: t.cycleId } }),
  },
  {
    name: 'saveImprovementAction (new, in the cycle)',
    root: 'saveImprovementAction',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut('saveImprovementAction', 'SaveImprovementActionInput'),
    inputType: 'SaveImprovementActionInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, what: 'Van buiten', owner: 'Buurman', dueDate: inDays(180), successIndicator: 'Niets' } }),
  },
  {
    name: 'saveImprovementAction (the action, in the cycle)',
    root: 'saveImprovementAction',
    gate: 'orgOfficer',
    missing: 'Cycle',
    query: mut('saveImprovementAction', 'SaveImprovementActionInput'),
    inputType: 'SaveImprovementActionInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, actionId: t.actionId, what: 'Van buiten', owner: 'Buurman', dueDate: inDays(180), successIndicator: 'Niets' } }),
  },
  {
    // The other organisation names its own cycle (which it may edit) and the owner's action inside it.
    name: "saveImprovementAction (the action, in the caller's own cycle)",
    root: 'saveImprovementAction',
    gate: 'orgOfficer',
    missing: 'Improvement action',
    missingField: 'actionId',
    query: mut('saveImprovementAction', 'SaveImprovementActionInput'),
    inputType: 'SaveImprovementActionInput',
    vars: (t) => ({ i: { cycleId: t.neighbourCycleId, actionId: t.actionId, what: 'Van buiten', owner: 'Buurman', dueDate: inDays(180), successIndicator: 'Niets' } }),
  },
  {
    name: 'deleteImprovementAction',
    root: 'deleteImprovementAction',
    gate: 'orgOfficer',
    missing: 'Improvement action',
    query: `mutation($i: DeleteImprovementActionInput!) { deleteImprovementAction(input: $i) }`,
    inputType: 'DeleteImprovementActionInput',
    vars: (t) => ({ i: { actionId: t.actionId } }),
  },
  {
    name: 'updateImprovementAction',
    root: 'updateImprovementAction',
    gate: 'orgMember',
    missing: 'Improvement action',
    query: mut('updateImprovementAction', 'UpdateImprovementActionInput'),
    inputType: 'UpdateImprovementActionInput',
    vars: (t) => ({ i: { actionId: t.actionId, status: 'DONE', progressNote: 'Van buiten' } }),
  },

  // Evidence (uploaded over HTTP; linked, versioned, deleted and carried over through GraphQL)
  {
    // A norm needs no lookup before the evidence: the real and the random ID get the same answer.
    name: 'linkEvidence (to a norm of the cycle)',
    root: 'linkEvidence',
    gate: 'orgMember',
    missing: 'Evidence',
    query: mut('linkEvidence', 'LinkEvidenceInput', 'id cycleId normId evidence { id }'),
    inputType: 'LinkEvidenceInput',
    vars: (t) => ({ i: { evidenceId: t.evidenceId, cycleId: t.cycleId, normId: t.normId } }),
  },
  {
    // The other organisation links its own evidence into the owner's cycle.
    name: "linkEvidence (the caller's own evidence, to the cycle)",
    root: 'linkEvidence',
    gate: 'orgMember',
    missing: 'Cycle',
    missingField: 'cycleId',
    query: mut('linkEvidence', 'LinkEvidenceInput', 'id cycleId normId evidence { id }'),
    inputType: 'LinkEvidenceInput',
    vars: (t) => ({ i: { evidenceId: t.neighbourEvidenceId, cycleId: t.cycleId, normId: t.normId } }),
  },
  {
    name: 'learningEvidence(cycleId)',
    root: 'learningEvidence',
    gate: 'read',
    missing: 'Cycle',
    query: q('learningEvidence', 'id normCode', '$id: ID!', 'cycleId: $id'),
    vars: (t) => ({ id: t.cycleId }),
  },
  {
    // Only the cycle's own lead and co-auditor read it: every caller here finds no such cycle.
    name: 'cycleLearningDashboard(cycleId)',
    root: 'cycleLearningDashboard',
    gate: 'read',
    missing: 'Cycle',
    query: q('cycleLearningDashboard', 'year teamsNotShown teams { teamName }', '$id: ID!', 'cycleId: $id, year: 2026'),
    vars: (t) => ({ id: t.cycleId }),
  },
  {
    // The report named is any ID: the cycle is looked up first, and another organisation's caller never reaches it.
    name: 'linkLearningEvidence',
    root: 'linkLearningEvidence',
    gate: 'orgMember',
    missing: 'Cycle',
    missingField: 'cycleId',
    query: mut('linkLearningEvidence', 'LinkLearningEvidenceInput', 'id'),
    inputType: 'LinkLearningEvidenceInput',
    vars: (t) => ({ i: { cycleId: t.cycleId, normId: t.normId, learningYearReportId: t.learningYearReportId } }),
  },
  {
    name: 'unlinkLearningEvidence',
    root: 'unlinkLearningEvidence',
    gate: 'orgMember',
    missing: 'Learning evidence link',
    query: `mutation($i: UnlinkLearningEvidenceInput!) { unlinkLearningEvidence(input: $i) }`,
    inputType: 'UnlinkLearningEvidenceInput',
    vars: (t) => ({ i: { linkId: t.learningEvidenceLinkId } }),
  },
  {
    name: 'unlinkEvidence',
    root: 'unlinkEvidence',
    gate: 'orgMember',
    missing: 'Evidence link',
    query: `mutation($i: UnlinkEvidenceInput!) { unlinkEvidence(input: $i) }`,
    inputType: 'UnlinkEvidenceInput',
    vars: (t) => ({ i: { linkId: t.linkId } }),
  },
  {
    name: 'addEvidenceVersion',
    root: 'addEvidenceVersion',
    gate: 'orgMember',
    missing: 'Evidence',
    query: mut('addEvidenceVersion', 'AddEvidenceVersionInput', 'id documentId previousVersionId'),
    inputType: 'AddEvidenceVersionInput',
    vars: (t) => ({ i: { previousEvidenceId: t.evidenceId, evidenceId: t.spareEvidenceId } }),
  },
  {
    // The other organisation makes its own file the next version of the owner's document.
    name: "addEvidenceVersion (the caller's own evidence, after the owner's)",
    root: 'addEvidenceVersion',
    gate: 'orgMember',
    missing: 'Evidence',
    missingField: 'previousEvidenceId',
    query: mut('addEvidenceVersion', 'AddEvidenceVersionInput', 'id documentId previousVersionId'),
    inputType: 'AddEvidenceVersionInput',
    vars: (t) => ({ i: { previousEvidenceId: t.evidenceId, evidenceId: t.neighbourEvidenceId } }),
  },
  {
    name: 'deleteEvidence',
    root: 'deleteEvidence',
    gate: 'orgMember',
    missing: 'Evidence',
    query: `mutation($i: DeleteEvidenceInput!) { deleteEvidence(input: $i) }`,
    inputType: 'DeleteEvidenceInput',
    vars: (t) => ({ i: { evidenceId: t.spareEvidenceId } }),
  },
  {
    name: 'confirmEvidenceStillValid',
    root: 'confirmEvidenceStillValid',
    gate: 'orgMember',
    missing: 'Cycle',
    query: mut('confirmEvidenceStillValid', 'ConfirmEvidenceStillValidInput', 'normCodes stillValid evidence { id }'),
    inputType: 'ConfirmEvidenceStillValidInput',
    vars: (t) => ({ i: { evidenceId: t.evidenceId, cycleId: t.cycleId, stillValid: true } }),
  },

  // Framework versions and the start of a cycle
  {
    name: 'publishFrameworkVersion',
    root: 'publishFrameworkVersion',
    gate: 'sector',
    query: mut('publishFrameworkVersion', 'FrameworkVersionCommandInput', 'id status'),
    inputType: 'FrameworkVersionCommandInput',
    vars: (t) => ({ i: { frameworkVersionId: t.draftVersionId, clientMutationId: mutationId() } }),
  },
  {
    name: 'retireFrameworkVersion',
    root: 'retireFrameworkVersion',
    gate: 'sector',
    query: mut('retireFrameworkVersion', 'FrameworkVersionCommandInput', 'id status'),
    inputType: 'FrameworkVersionCommandInput',
    vars: (t) => ({ i: { frameworkVersionId: t.spareVersionId, clientMutationId: mutationId() } }),
  },
  {
    name: 'updateSchemeRules',
    root: 'updateSchemeRules',
    gate: 'sector',
    query: mut('updateSchemeRules', 'UpdateSchemeRulesInput', 'id rules { placeholder }'),
    inputType: 'UpdateSchemeRulesInput',
    vars: (t) => ({ i: { frameworkVersionId: t.draftVersionId, clientMutationId: mutationId(), rules: RULES_INPUT } }),
  },
  {
    name: 'updateVariantGuide',
    root: 'updateVariantGuide',
    gate: 'sector',
    query: mut('updateVariantGuide', 'UpdateVariantGuideInput', 'id variantGuide { placeholder }'),
    inputType: 'UpdateVariantGuideInput',
    vars: (t) => ({ i: { frameworkVersionId: t.draftVersionId, clientMutationId: mutationId(), guide: VARIANT_GUIDE_INPUT } }),
  },
  {
    name: 'setCertifyingInstitutionAdmission',
    root: 'setCertifyingInstitutionAdmission',
    gate: 'sector',
    query: mut('setCertifyingInstitutionAdmission', 'SetCertifyingInstitutionAdmissionInput', 'id admitted'),
    inputType: 'SetCertifyingInstitutionAdmissionInput',
    vars: (t) => ({ i: { certifyingInstitutionId: t.certifyingInstitutionId, admitted: false, clientMutationId: mutationId() } }),
  },
  {
    name: 'startCycle (a draft version)',
    root: 'startCycle',
    gate: 'startCycle',
    query: mut('startCycle', 'StartCycleInput', 'id phase'),
    inputType: 'StartCycleInput',
    vars: (t) => ({ i: { frameworkVersionId: t.draftVersionId, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 12 } }),
  },
  {
    // Someone else's notifications are not found, like IDs of nothing.
    name: "markNotificationsRead (the owner's)",
    root: 'markNotificationsRead',
    gate: 'read',
    missing: 'Notification',
    query: `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }`,
    inputType: 'MarkNotificationsReadInput',
    vars: (t) => ({ i: { ids: t.notificationIds } }),
  },

  // The peer advisory assessment: a group the owner's organisation is in
  { name: 'peerGroup(id)', root: 'peerGroup', gate: 'read', missing: 'Peer group', query: q('peerGroup', 'id status members { organisationId }'), vars: (t) => ({ id: t.peerGroupId }) },
  {
    name: 'formPeerGroup',
    root: 'formPeerGroup',
    gate: 'sector',
    query: mut('formPeerGroup', 'FormPeerGroupInput', 'id status'),
    inputType: 'FormPeerGroupInput',
    vars: (t) => ({ i: { signUpIds: t.peerSignUpIds, clientMutationId: mutationId() } }),
  },
  {
    // The owner's sign-up, whose partners were not known, is not found by anyone but the owner.
    name: 'proposePeerGroup',
    root: 'proposePeerGroup',
    gate: 'orgOfficer',
    missing: 'Peer review sign-up',
    missingField: 'partnerSignUpIds',
    query: mut('proposePeerGroup', 'ProposePeerGroupInput', 'id status'),
    inputType: 'ProposePeerGroupInput',
    vars: (t) => ({ i: { partnerSignUpIds: t.partnerSignUpIds, clientMutationId: mutationId() } }),
  },
  {
    name: 'confirmPeerGroup',
    root: 'confirmPeerGroup',
    gate: 'sector',
    query: mut('confirmPeerGroup', 'PeerGroupCommandInput', 'id status'),
    inputType: 'PeerGroupCommandInput',
    vars: (t) => ({ i: { peerGroupId: t.peerGroupId, clientMutationId: mutationId() } }),
  },
  {
    name: 'declinePeerGroup',
    root: 'declinePeerGroup',
    gate: 'sector',
    query: mut('declinePeerGroup', 'DeclinePeerGroupInput', 'id status'),
    inputType: 'DeclinePeerGroupInput',
    vars: (t) => ({ i: { peerGroupId: t.peerGroupId, reason: 'Van buiten', clientMutationId: mutationId() } }),
  },
  {
    name: 'nominatePeerAuditor',
    root: 'nominatePeerAuditor',
    gate: 'orgOfficer',
    missing: 'Person',
    missingField: 'personId',
    query: mut('nominatePeerAuditor', 'NominatePeerAuditorInput', 'id name'),
    inputType: 'NominatePeerAuditorInput',
    vars: (t) => ({ i: { personId: t.peerPersonId, clientMutationId: mutationId() } }),
  },
  {
    // A training tomorrow: the rightful party is refused by that rule, after finding the auditor.
    name: 'recordPeerAuditorTraining',
    root: 'recordPeerAuditorTraining',
    gate: 'orgOfficer',
    missing: 'Peer auditor',
    query: mut('recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', 'id trainedOn'),
    inputType: 'RecordPeerAuditorTrainingInput',
    vars: (t) => ({ i: { peerAuditorId: t.peerAuditorId, trainedOn: inDays(1), provider: 'Van buiten', clientMutationId: mutationId() } }),
  },
  {
    name: 'planPeerVisit',
    root: 'planPeerVisit',
    gate: 'orgOfficer',
    missing: 'Peer group',
    query: mut('planPeerVisit', 'PlanPeerVisitInput', 'id status'),
    inputType: 'PlanPeerVisitInput',
    vars: (t) => ({ i: { peerGroupId: t.peerGroupId, organisationId: t.organisationId, date: inDays(40), peerAuditorIds: t.visitAuditorIds, clientMutationId: mutationId() } }),
  },
  {
    // A day that has passed: the rightful party is refused by that rule, after finding the visit.
    name: 'replanPeerVisit',
    root: 'replanPeerVisit',
    gate: 'orgOfficer',
    missing: 'Peer visit',
    query: mut('replanPeerVisit', 'ReplanPeerVisitInput', 'id date'),
    inputType: 'ReplanPeerVisitInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, date: inDays(-1), peerAuditorIds: t.visitAuditorIds, clientMutationId: mutationId() } }),
  },
  {
    name: 'confirmPeerVisit',
    root: 'confirmPeerVisit',
    gate: 'orgOfficer',
    missing: 'Peer visit',
    query: mut('confirmPeerVisit', 'ConfirmPeerVisitInput', 'id status'),
    inputType: 'ConfirmPeerVisitInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, clientMutationId: mutationId() } }),
  },
  // Findings and the learning report of the owner's visit: for its pair and, once issued, for the owner.
  {
    name: 'learningReport(peerVisitId)',
    root: 'learningReport',
    gate: 'read',
    missing: 'Learning report',
    query: q('learningReport', 'peerVisitId status findings { id goesWell }', '$id: ID!', 'peerVisitId: $id'),
    vars: (t) => ({ id: t.peerVisitId }),
  },
  {
    name: 'peerVisitSelfEvaluation(peerVisitId)',
    root: 'peerVisitSelfEvaluation',
    gate: 'read',
    missing: 'Self-evaluation',
    query: q('peerVisitSelfEvaluation', 'peerVisitId answers { id goesWell } evidenceLinks { id }', '$id: ID!', 'peerVisitId: $id'),
    vars: (t) => ({ id: t.peerVisitId }),
  },
  {
    name: 'peerVisitLearningDashboard(peerVisitId)',
    root: 'peerVisitLearningDashboard',
    gate: 'read',
    missing: 'Peer visit',
    query: q('peerVisitLearningDashboard', 'year teams { teamName }', '$id: ID!', 'peerVisitId: $id, year: 2026'),
    vars: (t) => ({ id: t.peerVisitId }),
  },
  {
    name: 'recordPeerFinding',
    root: 'recordPeerFinding',
    gate: 'orgMember',
    missing: 'Peer visit',
    query: mut('recordPeerFinding', 'RecordPeerFindingInput', 'id revision'),
    inputType: 'RecordPeerFindingInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, normId: t.normId, goesWell: 'Van buiten', intention: '', learningPoints: '', clientMutationId: mutationId() } }),
  },
  {
    name: 'issueLearningReport',
    root: 'issueLearningReport',
    gate: 'orgMember',
    missing: 'Peer visit',
    query: mut('issueLearningReport', 'IssueLearningReportInput', 'peerVisitId status'),
    inputType: 'IssueLearningReportInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, summary: 'Van buiten', clientMutationId: mutationId() } }),
  },
  {
    name: 'replyToLearningReport',
    root: 'replyToLearningReport',
    gate: 'orgOfficer',
    missing: 'Peer visit',
    query: mut('replyToLearningReport', 'ReplyToLearningReportInput', 'peerVisitId status'),
    inputType: 'ReplyToLearningReportInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, reply: 'Van buiten', clientMutationId: mutationId() } }),
  },
  {
    name: 'finaliseLearningReport',
    root: 'finaliseLearningReport',
    gate: 'orgMember',
    missing: 'Peer visit',
    query: mut('finaliseLearningReport', 'LearningReportCommandInput', 'peerVisitId status'),
    inputType: 'LearningReportCommandInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, clientMutationId: mutationId() } }),
  },
  {
    name: 'shareLearningReport',
    root: 'shareLearningReport',
    gate: 'orgOfficer',
    missing: 'Peer visit',
    query: mut('shareLearningReport', 'LearningReportCommandInput', 'peerVisitId sharedAt'),
    inputType: 'LearningReportCommandInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, clientMutationId: mutationId() } }),
  },
  {
    name: 'registerPeerReview',
    root: 'registerPeerReview',
    gate: 'sector',
    query: mut('registerPeerReview', 'RegisterPeerReviewInput', 'id peerVisitId'),
    inputType: 'RegisterPeerReviewInput',
    vars: (t) => ({ i: { peerVisitId: t.peerVisitId, clientMutationId: mutationId() } }),
  },
  {
    name: 'learningOverview(teamId)',
    root: 'learningOverview',
    gate: 'orgOfficer',
    missing: 'Team',
    query: `query($id: ID!) { learningOverview(teamId: $id, year: 2026) { teamId months { month shown } } }`,
    vars: (t) => ({ id: t.teamId }),
  },
  {
    name: 'saveTeam',
    root: 'saveTeam',
    gate: 'orgOfficer',
    missing: 'Team',
    query: mut('saveTeam', 'SaveTeamInput', 'id name'),
    inputType: 'SaveTeamInput',
    vars: (t) => ({ i: { teamId: t.teamId, name: 'Matrixteam', memberIds: [t.teamLeadId], clientMutationId: mutationId() } }),
  },
  {
    name: 'archiveTeam',
    root: 'archiveTeam',
    gate: 'orgOfficer',
    missing: 'Team',
    query: mut('archiveTeam', 'ArchiveTeamInput', 'id archivedAt'),
    inputType: 'ArchiveTeamInput',
    vars: (t) => ({ i: { teamId: t.teamId, clientMutationId: mutationId() } }),
  },
  {
    name: 'invitePerson',
    root: 'invitePerson',
    gate: 'orgOfficer',
    missing: 'Team',
    missingField: 'teamIds',
    query: mut('invitePerson', 'InvitePersonInput', 'id'),
    inputType: 'InvitePersonInput',
    vars: (t) => ({ i: { name: 'Matrix Persoon', email: `matrix-${mutationId()}@matrix.example`, role: 'ORG_PROFESSIONAL', teamIds: [t.teamId], clientMutationId: mutationId() } }),
  },
  {
    name: 'setLearningBudget',
    root: 'setLearningBudget',
    gate: 'orgOfficer',
    missing: 'Team',
    missingField: 'teamId',
    query: mut('setLearningBudget', 'SetLearningBudgetInput', 'id hours'),
    inputType: 'SetLearningBudgetInput',
    vars: (t) => ({ i: { teamId: t.teamId, year: 2026, hours: 100, clientMutationId: mutationId() } }),
  },
  {
    name: 'setContractHours',
    root: 'setContractHours',
    gate: 'orgOfficer',
    missing: 'Person',
    missingField: 'personId',
    query: mut('setContractHours', 'SetContractHoursInput', 'id hoursPerWeek'),
    inputType: 'SetContractHoursInput',
    vars: (t) => ({ i: { personId: t.peerPersonId, hoursPerWeek: 32, clientMutationId: mutationId() } }),
  },
  {
    name: 'updateLearningTime',
    root: 'updateLearningTime',
    gate: 'orgMember',
    missing: 'Learning entry',
    query: mut('updateLearningTime', 'UpdateLearningTimeInput', 'id hours'),
    inputType: 'UpdateLearningTimeInput',
    vars: (t) => ({ i: { entryId: t.learningEntryId, date: today(), hours: 3, kind: 'READING', clientMutationId: mutationId() } }),
  },
  {
    name: 'deleteLearningTime',
    root: 'deleteLearningTime',
    gate: 'orgMember',
    missing: 'Learning entry',
    query: `mutation($i: DeleteLearningTimeInput!) { deleteLearningTime(input: $i) }`,
    inputType: 'DeleteLearningTimeInput',
    vars: (t) => ({ i: { entryId: t.learningEntryId, clientMutationId: mutationId() } }),
  },
  {
    name: 'saveLearningContextNote',
    root: 'saveLearningContextNote',
    gate: 'teamLead',
    missing: 'Team',
    missingField: 'teamId',
    query: mut('saveLearningContextNote', 'SaveLearningContextNoteInput', 'id text'),
    inputType: 'SaveLearningContextNoteInput',
    vars: (t) => ({ i: { teamId: t.teamId, month: '2026-01', text: 'Van buiten', clientMutationId: mutationId() } }),
  },
  {
    name: 'saveLearningGoal',
    root: 'saveLearningGoal',
    gate: 'orgMember',
    missing: 'Learning goal',
    query: mut('saveLearningGoal', 'SaveLearningGoalInput', 'id title'),
    inputType: 'SaveLearningGoalInput',
    vars: (t) => ({ i: { goalId: t.learningGoalId, title: 'Van buiten', competencyIds: [], clientMutationId: mutationId() } }),
  },
  {
    name: 'deleteLearningGoal',
    root: 'deleteLearningGoal',
    gate: 'orgMember',
    missing: 'Learning goal',
    query: `mutation($i: DeleteLearningGoalInput!) { deleteLearningGoal(input: $i) }`,
    inputType: 'DeleteLearningGoalInput',
    vars: (t) => ({ i: { goalId: t.learningGoalId, clientMutationId: mutationId() } }),
  },
  {
    name: 'proposeLearningTheme (from a learning point)',
    root: 'proposeLearningTheme',
    gate: 'orgMember',
    missing: 'Internal audit finding',
    missingField: 'internalAuditFindingId',
    query: mut('proposeLearningTheme', 'ProposeLearningThemeInput', 'id title'),
    inputType: 'ProposeLearningThemeInput',
    vars: (t) => ({ i: { title: 'Van buiten', internalAuditFindingId: t.internalFindingId, clientMutationId: mutationId() } }),
  },
  {
    name: 'proposeLearningTheme (from an improvement action)',
    root: 'proposeLearningTheme',
    gate: 'orgMember',
    missing: 'Improvement action',
    missingField: 'improvementActionId',
    query: mut('proposeLearningTheme', 'ProposeLearningThemeInput', 'id title'),
    inputType: 'ProposeLearningThemeInput',
    vars: (t) => ({ i: { title: 'Van buiten', improvementActionId: t.actionId, clientMutationId: mutationId() } }),
  },
  {
    name: 'showInterest',
    root: 'showInterest',
    gate: 'orgMember',
    missing: 'Learning theme',
    query: mut('showInterest', 'ShowInterestInput', 'id interestCount'),
    inputType: 'ShowInterestInput',
    vars: (t) => ({ i: { themeId: t.learningThemeId, clientMutationId: mutationId() } }),
  },
  {
    name: 'climateScanResults(roundId)',
    root: 'climateScanResults',
    gate: 'orgMember',
    missing: 'Climate scan round',
    query: q('climateScanResults', 'round { id } teams { teamId shown respondents }', '$id: ID!', 'roundId: $id'),
    vars: (t) => ({ id: t.climateRoundId }),
  },
  {
    name: 'answerClimateScan',
    root: 'answerClimateScan',
    gate: 'orgMember',
    missing: 'Climate scan round',
    query: mut('answerClimateScan', 'AnswerClimateScanInput', 'round { id } teams { teamId answered }'),
    inputType: 'AnswerClimateScanInput',
    vars: (t) => ({ i: { roundId: t.climateRoundId, teamId: t.teamId, answers: [], clientMutationId: mutationId() } }),
  },
  {
    name: 'openClimateScanRound',
    root: 'openClimateScanRound',
    gate: 'orgOfficer',
    missing: 'Team',
    missingField: 'teamIds',
    query: mut('openClimateScanRound', 'OpenClimateScanRoundInput', 'id period'),
    inputType: 'OpenClimateScanRoundInput',
    vars: (t) => ({ i: { period: 'Van buiten', teamIds: [t.teamId], clientMutationId: mutationId() } }),
  },
  {
    name: 'closeClimateScanRound',
    root: 'closeClimateScanRound',
    gate: 'orgOfficer',
    missing: 'Climate scan round',
    query: mut('closeClimateScanRound', 'CloseClimateScanRoundInput', 'id open'),
    inputType: 'CloseClimateScanRoundInput',
    vars: (t) => ({ i: { roundId: t.climateRoundId, clientMutationId: mutationId() } }),
  },
  {
    name: 'recordTeamClimateAgreement',
    root: 'recordTeamClimateAgreement',
    gate: 'teamLead',
    missing: 'Climate scan round',
    query: mut('recordTeamClimateAgreement', 'RecordTeamClimateAgreementInput', 'teamId text'),
    inputType: 'RecordTeamClimateAgreementInput',
    vars: (t) => ({ i: { roundId: t.climateRoundId, teamId: t.teamId, text: 'Van buiten', clientMutationId: mutationId() } }),
  },
  ...(['themeId', 'teamId', 'participantIds'] as const).map(
    (field): Op => ({
      name: `planLearningSession (${field})`,
      root: 'planLearningSession',
      gate: 'orgOfficer',
      missing: { themeId: 'Learning theme', teamId: 'Team', participantIds: 'Person' }[field],
      missingField: field,
      query: mut('planLearningSession', 'PlanLearningSessionInput', 'id title'),
      inputType: 'PlanLearningSessionInput',
      vars: (t) => ({
        i: {
          title: 'Van buiten',
          kind: 'SESSION',
          date: today(),
          hours: 1,
          ...{ themeId: { themeId: t.learningThemeId }, teamId: { teamId: t.teamId }, participantIds: { participantIds: [t.peerPersonId] } }[field],
          clientMutationId: mutationId(),
        },
      }),
    }),
  ),
  {
    name: 'recordLearningSessionAttendance',
    root: 'recordLearningSessionAttendance',
    gate: 'orgOfficer',
    missing: 'Learning session',
    query: mut('recordLearningSessionAttendance', 'RecordLearningSessionAttendanceInput', 'id attendanceRecordedAt'),
    inputType: 'RecordLearningSessionAttendanceInput',
    vars: (t) => ({ i: { sessionId: t.learningSessionId, attendeeIds: [t.teamLeadId], clientMutationId: mutationId() } }),
  },
];

function expected(op: Op, caller: Caller): Expected {
  if (caller === 'anonymous') return { refusal: UNAUTHENTICATED };
  switch (op.gate) {
    case 'list':
      return { data: op.nothing! };
    case 'startCycle':
      return { refusal: caller === 'otherOrgOfficer' ? DRAFT_NOT_FOUND : ROLE };
    default:
      return { refusal: PASSES_ROLE[op.gate].includes(caller) ? notFound(op.missing!, op.missingField) : ROLE };
  }
}

// --- The stack, the cycle and the callers ---------------------------------------------------------------

let stack: Stack;
let owner: ParkedCycle;
let neighbour: ParkedCycle;
let target: Target;
let decider: GqlSession;
let admin: GqlSession;
let teamLead: GqlSession;
const callers = {} as Record<Caller, GqlSession>;
const conn = () => stack.orm.em.fork().getConnection();

/** IDs of nothing in every place an operation under test takes one; the rest stays real. */
function ghost(t: Target): Target {
  return {
    ...t,
    organisationId: randomUUID(),
    cycleId: randomUUID(),
    internalAuditId: randomUUID(),
    actionId: randomUUID(),
    draftVersionId: randomUUID(),
    spareVersionId: randomUUID(),
    certifyingInstitutionId: randomUUID(),
    notificationIds: t.notificationIds.map(() => randomUUID()),
    evidenceId: randomUUID(),
    spareEvidenceId: randomUUID(),
    linkId: randomUUID(),
    auditFindingId: randomUUID(),
    improvementFindingId: randomUUID(),
    reportId: randomUUID(),
    internalFindingId: randomUUID(),
    peerGroupId: randomUUID(),
    peerSignUpIds: t.peerSignUpIds.map(() => randomUUID()),
    partnerSignUpIds: t.partnerSignUpIds.map(() => randomUUID()),
    peerPersonId: randomUUID(),
    invitationId: randomUUID(),
    peerAuditorId: randomUUID(),
    peerVisitId: randomUUID(),
    visitAuditorIds: t.visitAuditorIds.map(() => randomUUID()),
    teamId: randomUUID(),
    learningEntryId: randomUUID(),
    learningGoalId: randomUUID(),
    learningThemeId: randomUUID(),
    climateRoundId: randomUUID(),
    learningSessionId: randomUUID(),
    learningYearReportId: randomUUID(),
    learningEvidenceLinkId: randomUUID(),
  };
}

async function run(session: GqlSession, op: Op, t: Target): Promise<GqlResult> {
  const vars = op.vars(t);
  if (op.inputType) vars.i = await withMutationId(stack.url, op.inputType, vars.i as Record<string, unknown>);
  return session.request(op.query, vars);
}

/** Everything a refused request could have written, across all parties. */
async function fingerprint(): Promise<Record<string, unknown>> {
  const [row] = await conn().execute(`select
    (select count(*)::int from cycle) as cycles,
    (select md5(string_agg(id::text || phase || coalesce(step, '-') || seq || coalesce(closed_at::text, '-') || coalesce(self_evaluation_locked_at::text, '-')
       || coalesce(certifying_institution_id::text, '-') || coalesce(lead_auditor_id::text, '-') || coalesce(decision, '-') || coalesce(advice, '-')
       || coalesce(array_to_string(proposed_audit_dates, ','), '-'), ',' order by id)) from cycle) as cycle_digest,
    (select count(*)::int from cycle_transition) as transitions,
    (select count(*)::int from learning_evidence_link) as learning_evidence_links,
    (select count(*)::int from audit_report) as reports,
    (select count(*)::int from improvement_plan_review) as plan_reviews,
    (select count(*)::int from certificate) as certificates,
    (select md5(string_agg(id::text || admitted::text, ',' order by id)) from certifying_institution) as institutions,
    (select md5(string_agg(id::text || status || rules::text, ',' order by id)) from framework_version) as framework_versions,
    (select count(*)::int from notification) as notifications,
    (select count(*)::int from notification where read_at is not null) as notifications_read,
    (select count(*)::int from session) as sessions,
    (select count(*)::int from organisation) as organisations,
    (select count(*)::int from evidence) as evidence,
    (select md5(string_agg(id::text || document_id::text || coalesce(previous_version_id::text, '-') || name || storage_key, ',' order by id)) from evidence) as evidence_digest,
    (select count(*)::int from evidence_link) as evidence_links,
    (select count(*)::int from evidence_carry_over) as evidence_carry_overs,
    (select md5(string_agg(id::text || still_valid::text || confirmed_at::text, ',' order by id)) from evidence_carry_over) as evidence_carry_over_digest,
    (select md5(string_agg(id::text || status::text || partners_known::text, ',' order by id)) from peer_review_sign_up) as peer_sign_ups,
    (select md5(string_agg(id::text || status::text || decline_reason, ',' order by id)) from peer_group) as peer_groups,
    (select count(*)::int from peer_group_member) as peer_group_members,
    (select md5(string_agg(id::text || coalesce(trained_on::text, '-') || training_provider, ',' order by id)) from peer_auditor) as peer_auditors,
    (select md5(string_agg(id::text || date::text || status::text || first_auditor_id::text || second_auditor_id::text, ',' order by id)) from peer_visit) as peer_visits,
    (select md5(string_agg(id::text || goes_well || intention || learning_points || revision, ',' order by id)) from peer_finding) as peer_findings,
    (select md5(string_agg(id::text || status::text || coalesce(summary, '-') || coalesce(reply, '-') || coalesce(shared_at::text, '-'), ',' order by id)) from peer_learning_report) as peer_learning_reports,
    (select md5(string_agg(id::text || coalesce(submitted_at::text, '-'), ',' order by id)) from respondent_invitation) as respondent_invitations,
    (select md5(string_agg(id::text || revision || coalesce(score, '-') || goes_well, ',' order by id)) from respondent_answer) as respondent_answers,
    (select md5(string_agg(id::text, ',' order by id)) from self_evaluation_delegate) as self_evaluation_delegates,
    (select md5(string_agg(id::text || name || coalesce(archived_at::text, '-'), ',' order by id)) from team) as teams,
    (select count(*)::int from team_member) as team_members,
    (select count(*)::int from learning_budget) as learning_budgets,
    (select count(*)::int from contract_hours) as contract_hours,
    (select md5(string_agg(id::text || hours::text || kind, ',' order by id)) from learning_entry) as learning_entries,
    (select md5(string_agg(id::text || text, ',' order by id)) from learning_context_note) as learning_notes,
    (select md5(string_agg(id::text || title || shared_with_team_lead::text, ',' order by id)) from learning_goal) as learning_goals,
    (select md5(string_agg(id::text || title || interest_count::text || coalesce(internal_audit_finding_id::text, '-') || coalesce(improvement_action_id::text, '-'), ',' order by id)) from learning_theme) as learning_themes,
    (select md5(string_agg(theme_id::text || person_id::text, ',' order by theme_id, person_id)) from learning_theme_interest) as learning_theme_interests,
    (select md5(string_agg(id::text || period || coalesce(closed_at::text, '-'), ',' order by id)) from climate_scan_round) as climate_scan_rounds,
    (select count(*)::int from climate_scan_participation) as climate_scan_markers,
    (select count(*)::int from climate_scan_response) as climate_scan_responses,
    (select md5(string_agg(id::text || text, ',' order by id)) from climate_team_agreement) as climate_team_agreements,
    (select md5(string_agg(id::text || title || coalesce(attendance_recorded_at::text, '-'), ',' order by id)) from learning_session) as learning_sessions,
    (select md5(string_agg(session_id::text || person_id::text || attended::text, ',' order by session_id, person_id)) from learning_session_participant) as learning_session_participants`);
  const [receipts] = await conn().execute(`select case when to_regclass('mutation_receipt') is null then -1 else 0 end as n`);
  const receiptCount = receipts.n === -1 ? null : (await conn().execute(`select count(*)::int as n from mutation_receipt`))[0].n;
  return { ...row, ...(await contentFingerprint(conn())), mutationReceipts: receiptCount };
}

async function login(email: string, password = PASSWORD): Promise<GqlSession> {
  const s = new GqlSession(stack.url);
  await s.login(email, password);
  return s;
}

let evidenceDir: string;

/** Uploads a small PDF as `who` (POST /evidence with the session cookie); the new evidence's ID. */
function upload(who: GqlSession, tag: string, fields?: Record<string, string>): Promise<string> {
  return uploadSmallPdf(stack.url, who.sessionCookie, tag, fields);
}

beforeAll(async () => {
  // Evidence files in a folder of this file's own, removed afterwards.
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-access-matrix-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  // Two real cycles, each with its own organisation and certifying institution, at the improvement plan.
  [owner, neighbour] = await Promise.all([
    driveCycle(stack.url, stack.orm.em.fork(), 'DRAFTING', { label: 'Eigenaar' }),
    driveCycle(stack.url, stack.orm.em.fork(), 'DRAFTING', { label: 'Buurman' }),
  ]);
  const action = await owner.officer.ok(mut('saveImprovementAction', 'SaveImprovementActionInput'), {
    i: await withMutationId(stack.url, 'SaveImprovementActionInput', {
      cycleId: owner.cycleId,
      normId: owner.normIds[1],
      what: 'Leeragenda per team',
      owner: 'Teamleider',
      dueDate: inDays(180),
      successIndicator: 'Elk team heeft er een',
    }),
  });

  // The owner's evidence: one file linked to the improvement action (open while the plan is drafted), one spare.
  const [evidenceId, spareEvidenceId, neighbourEvidenceId] = await Promise.all([
    upload(owner.officer, 'Eigenaar-bewijs', { cycleId: owner.cycleId }),
    upload(owner.officer, 'Eigenaar-reserve'),
    upload(neighbour.officer, 'Buurman-bewijs'),
  ]);
  const link = await owner.officer.ok(mut('linkEvidence', 'LinkEvidenceInput', 'id locked'), {
    i: await withMutationId(stack.url, 'LinkEvidenceInput', { evidenceId, improvementActionId: action.saveImprovementAction.id }),
  });
  expect(link.linkEvidence.locked).toBe(false);

  const peer = await peerGroupOfOwner();
  const draft = await createDraftVersion(stack.orm.em.fork(), longRules());
  const spare = await createFramework(stack.orm.em.fork(), longRules());

  [decider, admin, callers.unassignedAuditor] = await Promise.all([
    login('commissie@swn.demo', 'demo-wachtwoord'),
    login('secretariaat@swn.demo', 'demo-wachtwoord'),
    login(owner.ci.otherAuditor.email),
  ]);
  callers.otherOrgOfficer = neighbour.officer;
  callers.otherOrgInternalAuditor = neighbour.internalAuditor;
  callers.otherCiAuditor = neighbour.lead;
  callers.otherCiManager = neighbour.manager;
  callers.anonymous = new GqlSession(stack.url);

  const notes = await owner.officer.ok(`{ notifications(first: 50, unreadOnly: true) { nodes { id } } }`);
  const findingOf = async (normId: string) => (await conn().execute(`select id from audit_finding where cycle_id = ? and norm_id = ?`, [owner.cycleId, normId]))[0].id as string;
  const [report] = await conn().execute(`select id from audit_report where cycle_id = ? and kind = 'DRAFT'`, [owner.cycleId]);
  const [internalFinding] = await conn().execute(`select f.id from internal_audit_finding f join internal_audit a on a.id = f.internal_audit_id where a.cycle_id = ?`, [owner.cycleId]);
  target = {
    organisationId: owner.org.organisation.id,
    cycleId: owner.cycleId,
    internalAuditId: owner.internalAuditId!,
    actionId: action.saveImprovementAction.id,
    draftVersionId: draft.id,
    spareVersionId: spare.version.id,
    certifyingInstitutionId: owner.ci.ci.id,
    notificationIds: notes.notifications.nodes.map((n: { id: string }) => n.id),
    normId: owner.normIds[0],
    leadAuditorId: owner.ci.lead.id,
    coAuditorId: owner.ci.co.id,
    internalAuditorId: owner.internalAuditorId,
    neighbourCycleId: neighbour.cycleId,
    evidenceId,
    spareEvidenceId,
    linkId: link.linkEvidence.id,
    neighbourEvidenceId,
    auditFindingId: await findingOf(owner.normIds[0]),
    improvementFindingId: await findingOf(owner.normIds[1]),
    reportId: report.id,
    internalFindingId: internalFinding.id,
    ...peer,
    peerPersonId: owner.internalAuditorId,
    peerAuditorId: (
      await owner.officer.ok(mut('nominatePeerAuditor', 'NominatePeerAuditorInput'), { i: { clientMutationId: mutationId(), personId: owner.internalAuditorId } })
    ).nominatePeerAuditor.id,
    // As an invitation during the self-evaluation would have left it; the cycle is past that now.
    invitationId: (
      await conn().execute(
        `insert into respondent_invitation (id, cycle_id, respondent_id, layer, category_codes, due_date, invited_by_id)
         select gen_random_uuid(), c.id, ?, 'BOARD', '{}', current_date, c.started_by_id from cycle c where c.id = ? returning id`,
        [owner.internalAuditorId, owner.cycleId],
      )
    )[0].id,
    ...(await learningOfOwner()),
  };
});

/** A team of the owner's organisation with a team lead in it, and learning time the owner's officer registered. */
async function learningOfOwner(): Promise<
  Pick<Target, 'teamId' | 'teamLeadId' | 'learningEntryId' | 'learningGoalId' | 'learningThemeId' | 'climateRoundId' | 'learningSessionId' | 'learningYearReportId' | 'learningEvidenceLinkId'>
> {
  const lead = await addOrganisationMember(stack.orm.em.fork(), owner.org.organisation, Role.ORG_TEAM_LEAD);
  teamLead = await login(lead.email);
  const team = await owner.officer.ok(mut('saveTeam', 'SaveTeamInput'), { i: { clientMutationId: mutationId(), name: 'Matrix', memberIds: [lead.id] } });
  const entry = await owner.officer.ok(mut('registerLearningTime', 'RegisterLearningTimeInput'), {
    i: { clientMutationId: mutationId(), date: today(), hours: 1, kind: 'TRAINING' },
  });
  const goal = await owner.officer.ok(mut('saveLearningGoal', 'SaveLearningGoalInput'), {
    i: { clientMutationId: mutationId(), title: 'Eigen doel', sharedWithTeamLead: true },
  });
  const theme = await owner.officer.ok(mut('proposeLearningTheme', 'ProposeLearningThemeInput'), { i: { clientMutationId: mutationId(), title: 'Eigen thema' } });
  const round = await owner.officer.ok(mut('openClimateScanRound', 'OpenClimateScanRoundInput'), { i: { clientMutationId: mutationId(), period: 'Eigen ronde', teamIds: [team.saveTeam.id] } });
  const session = await owner.officer.ok(mut('planLearningSession', 'PlanLearningSessionInput'), {
    i: { clientMutationId: mutationId(), title: 'Eigen sessie', kind: 'SESSION', date: today(), hours: 2, participantIds: [lead.id] },
  });
  // The report as the learning-year workflow stores it, linked as the self-evaluation would have linked it.
  const conn = stack.orm.em.fork().getConnection();
  const [{ id: learningYearReportId }] = await conn.execute(
    `insert into learning_year_report (id, organisation_id, year, content) values (gen_random_uuid(), ?, 2025, '{"teams":[],"themes":[],"scanRounds":[],"sessions":0,"normPercent":10,"minContributors":5}') returning id`,
    [owner.org.organisation.id],
  );
  const [{ id: learningEvidenceLinkId }] = await conn.execute(
    `insert into learning_evidence_link (id, cycle_id, norm_id, learning_year_report_id, linked_in_phase) select gen_random_uuid(), c.id, n.id, ?, 'SELF_EVALUATION'
       from cycle c join norm n on n.framework_version_id = c.framework_version_id where c.id = ? order by n.code limit 1 returning id`,
    [learningYearReportId, owner.cycleId],
  );
  return {
    learningYearReportId,
    learningEvidenceLinkId,
    teamId: team.saveTeam.id,
    teamLeadId: lead.id,
    learningEntryId: entry.registerLearningTime.id,
    learningGoalId: goal.saveLearningGoal.id,
    learningThemeId: theme.proposeLearningTheme.id,
    climateRoundId: round.openClimateScanRound.id,
    learningSessionId: session.planLearningSession.id,
  };
}

/**
 * The owner's organisation and two more sign up for a peer review and the sector body forms their group. The
 * owner's sign-up did not agree partners (so no other organisation can name it), the second member's did.
 */
async function peerGroupOfOwner(): Promise<Pick<Target, 'peerGroupId' | 'peerSignUpIds' | 'partnerSignUpIds' | 'peerVisitId' | 'visitAuditorIds'>> {
  const signUp = async (who: GqlSession, partnersKnown: boolean) =>
    (
      await who.ok(mut('signUpForPeerReview', 'SignUpForPeerReviewInput'), {
        i: { clientMutationId: mutationId(), periodFrom: inDays(30), periodUntil: inDays(120), fte: 20, region: 'Matrix', partnersKnown },
      })
    ).signUpForPeerReview.id as string;
  const members = await Promise.all([createOrganisation(stack.orm.em.fork(), 'Peer 1'), createOrganisation(stack.orm.em.fork(), 'Peer 2')]);
  const ids = [await signUp(owner.officer, false), ...(await Promise.all(members.map(async (m, i) => signUp(await login(m.officer), i === 0))))];
  const secretariat = await login('secretariaat@swn.demo', 'demo-wachtwoord');
  const group = await secretariat.ok(mut('formPeerGroup', 'FormPeerGroupInput'), { i: { clientMutationId: mutationId(), signUpIds: ids } });
  // Each other member nominates its internal auditor and records a training; the owner plans its own visit.
  const visitAuditorIds = await Promise.all(
    members.map(async (m) => {
      const officer = await login(m.officer);
      const [person] = await conn().execute(`select id from app_user where email = ?`, [m.internalAuditor]);
      const run = async (name: string, inputType: string, input: Record<string, unknown>) =>
        (await officer.ok(mut(name, inputType), { i: { clientMutationId: mutationId(), ...input } }))[name].id as string;
      const id = await run('nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
      await run('recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: id, trainedOn: today(), provider: 'Matrix' });
      return id;
    }),
  );
  const visit = await owner.officer.ok(mut('planPeerVisit', 'PlanPeerVisitInput'), {
    i: { clientMutationId: mutationId(), peerGroupId: group.formPeerGroup.id, organisationId: owner.org.organisation.id, date: inDays(40), peerAuditorIds: visitAuditorIds },
  });
  return { peerGroupId: group.formPeerGroup.id, peerSignUpIds: ids, partnerSignUpIds: ids.slice(0, 2), peerVisitId: visit.planPeerVisit.id, visitAuditorIds };
}
afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

// --- Coverage: the table follows the schema -------------------------------------------------------------

/** The operations this matrix was written for; the schema must still have them, and each takes an ID. */
const ABOUT = [
  'completePreparation', 'submitSelfEvaluation', 'completeInternalAudit', 'engageCertifyingInstitution', 'acceptEngagement',
  'declineEngagement', 'proposeAuditDates', 'confirmAuditDate', 'issueDraftReport', 'replyToDraftReport', 'issueFinalReport', 'submitImprovementPlan',
  'reviewImprovementPlan', 'decideCertification', 'suspendCertificate', 'reinstateCertificate', 'withdrawCertificate',
  'saveSelfEvaluationAnswer', 'delegateSelfEvaluation', 'withdrawSelfEvaluationDelegation', 'inviteRespondents', 'saveRespondentAnswer', 'submitRespondentAnswers',
  'planInternalAudit', 'setInternalAuditStatus', 'recordInternalAuditFinding', 'recordAuditFinding', 'saveImprovementAction',
  'deleteImprovementAction', 'updateImprovementAction', 'saveAuditProgramme', 'confirmAuditProgramme', 'publishFrameworkVersion', 'retireFrameworkVersion',
  'updateSchemeRules', 'updateVariantGuide',
  'setCertifyingInstitutionAdmission', 'formPeerGroup', 'proposePeerGroup', 'confirmPeerGroup', 'declinePeerGroup',
  'nominatePeerAuditor', 'recordPeerAuditorTraining', 'planPeerVisit', 'replanPeerVisit', 'confirmPeerVisit',
  'registerPeerReview',
  'saveTeam', 'archiveTeam', 'setLearningBudget', 'setContractHours', 'updateLearningTime', 'deleteLearningTime', 'saveLearningContextNote',
  'saveLearningGoal', 'deleteLearningGoal', 'proposeLearningTheme', 'showInterest',
  'answerClimateScan', 'openClimateScanRound', 'closeClimateScanRound', 'recordTeamClimateAgreement',
  'saveLearningGoal', 'deleteLearningGoal', 'proposeLearningTheme', 'showInterest', 'planLearningSession', 'recordLearningSessionAttendance',
];

describe('the matrix covers the API', () => {
  const covered = {
    queries: new Set(OPS.filter((o) => !o.query.startsWith('mutation')).map((o) => o.root)),
    mutations: new Set(OPS.filter((o) => o.query.startsWith('mutation')).map((o) => o.root)),
    cycleFields: new Set(OPS.flatMap((o) => (o.cycleField ? [o.cycleField] : []))),
  };

  it('has a row for every mutation and query of schema/schema.graphql that takes an ID', () => {
    const { queries, mutations } = idTakingRootFields(FILE_SCHEMA);
    expect(mutations.filter((m) => !covered.mutations.has(m))).toEqual([]);
    expect(queries.filter((m) => !covered.queries.has(m))).toEqual([]);
    // Not vacuous: the schema has the operations this matrix is about.
    expect(mutations).toEqual(expect.arrayContaining(ABOUT));
    expect(queries).toEqual(expect.arrayContaining(['cycle', 'cycleEvents', 'organisation', 'auditProgramme']));
  });

  it('has a row for every Cycle field that leads to content', () => {
    const fields = cycleObjectFields(FILE_SCHEMA);
    expect(CYCLE_CONTENT_FIELDS).toEqual(expect.arrayContaining(fields));
    expect(fields).toEqual(expect.arrayContaining(['internalAudits', 'auditFindings', 'assessment', 'improvementActions', 'improvementPoints']));
    expect(fields.filter((f) => !covered.cycleFields.has(f))).toEqual([]);
  });

  it('covers the operations of the running server too (the schema file may lag behind the code)', async () => {
    const live = buildClientSchema((await new GqlSession(stack.url).ok(getIntrospectionQuery())) as never);
    const { queries, mutations } = idTakingRootFields(live);
    expect(mutations.filter((m) => !covered.mutations.has(m))).toEqual([]);
    expect(queries.filter((m) => !covered.queries.has(m))).toEqual([]);
    expect(cycleObjectFields(live).filter((f) => !covered.cycleFields.has(f))).toEqual([]);
    // Not vacuous: the running server has the evidence operations and the Cycle fields for evidence.
    expect(mutations).toEqual(expect.arrayContaining(EVIDENCE_ABOUT));
    expect(cycleObjectFields(live)).toEqual(expect.arrayContaining(['evidenceLinks', 'evidenceCarryOver']));
  });

  it('names only operations and Cycle fields that exist (no stale rows), in the schema file or the running server', async () => {
    const live = buildClientSchema((await new GqlSession(stack.url).ok(getIntrospectionQuery())) as never);
    const exists = (root: string) => [FILE_SCHEMA, live].some((s) => root in s.getQueryType()!.getFields() || root in s.getMutationType()!.getFields());
    expect(OPS.map((o) => o.root).filter((root) => !exists(root))).toEqual([]);
    const cycleFields = new Set([...cycleObjectFields(FILE_SCHEMA), ...cycleObjectFields(live)]);
    expect(CYCLE_CONTENT_FIELDS.filter((f) => !cycleFields.has(f))).toEqual([]);
  });
});

// --- The matrix ---------------------------------------------------------------------------------------

const MATRIX = OPS.flatMap((op) =>
  CALLERS.map((caller) => {
    const e = expected(op, caller);
    return [op.name, caller, 'refusal' in e ? e.refusal.code : 'nothing', op, e] as const;
  }),
);

describe('callers who may not see the cycle get nothing, the same as for an ID of nothing', () => {
  it('the callers are signed in, as who they should be', async () => {
    const roles: Partial<Record<Caller, string>> = {
      otherOrgOfficer: 'ORG_QUALITY_OFFICER',
      otherOrgInternalAuditor: 'ORG_INTERNAL_AUDITOR',
      unassignedAuditor: 'AUDITOR',
      otherCiAuditor: 'AUDITOR',
      otherCiManager: 'CI_MANAGER',
    };
    for (const [caller, role] of Object.entries(roles)) {
      expect({ caller, role: (await callers[caller as Caller].ok(`{ me { role } }`)).me?.role }).toEqual({ caller, role });
    }
    expect((await callers.anonymous.ok(`{ me { id } }`)).me).toBeNull();
    // The unassigned auditor is of the owner's own institution; the others have real work elsewhere.
    expect((await callers.unassignedAuditor.ok(`{ me { certifyingInstitution { id } } }`)).me.certifyingInstitution.id).toBe(owner.ci.ci.id);
    expect((await neighbour.lead.ok(q('cycle', 'id'), { id: neighbour.cycleId })).cycle.id).toBe(neighbour.cycleId);
    expect(target.notificationIds.length).toBeGreaterThan(0);
  });

  it.each(MATRIX)('%s by %s → %s', async (_name, caller, _label, op, want) => {
    const session = callers[caller];
    const before = await fingerprint();
    const real = await run(session, op, target);
    const none = await run(session, op, ghost(target));

    if ('refusal' in want) {
      expect(real.errors).toHaveLength(1);
      const [err] = real.errors!;
      expect({ code: err.extensions.code, message: err.message, extensions: err.extensions }).toEqual(want.refusal);
      // A nullable root field answers a refusal with itself null (auditProgramme); the others with no data.
      expect(real.data === null || Object.values(real.data).every((v) => v === null)).toBe(true);
    } else {
      expect(real.errors).toBeUndefined();
      expect(real.data).toEqual(want.data);
    }
    // Existence not revealed: an ID of nothing gets exactly the same answer (unless the real one is public).
    const ghostAnswer =
      op.ghostRefusal && caller !== 'anonymous'
        ? { data: null, errors: [{ message: op.ghostRefusal.message, extensions: op.ghostRefusal.extensions }] }
        : { data: real.data, errors: real.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) };
    expect({ data: none.data, errors: none.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) }).toEqual(ghostAnswer);
    // Nothing changed anywhere.
    expect(await fingerprint()).toEqual(before);
  });

  it('the lists of cycles and organisations do not show the cycle or the organisation to any of them', async () => {
    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
      const cycles = (await callers[caller].ok(`{ cycles(first: 500) { nodes { id } } }`)).cycles.nodes.map((n: { id: string }) => n.id);
      const orgs = (await callers[caller].ok(`{ organisations(first: 500) { nodes { id } } }`)).organisations.nodes.map((n: { id: string }) => n.id);
      expect({ caller, cycle: cycles.includes(owner.cycleId), organisation: orgs.includes(owner.org.organisation.id) }).toEqual({
        caller,
        cycle: false,
        organisation: false,
      });
    }
    // The other organisation's evidence library has its own file, not the owner's.
    for (const caller of ['otherOrgOfficer', 'otherOrgInternalAuditor'] as const) {
      const library = (await callers[caller].ok(`{ evidence(first: 500) { nodes { id } } }`)).evidence.nodes.map((n: { id: string }) => n.id);
      expect({ caller, owner: library.filter((id: string) => id === target.evidenceId || id === target.spareEvidenceId), own: library.includes(target.neighbourEvidenceId) }).toEqual({
        caller,
        owner: [],
        own: true,
      });
    }
    // The other organisation and the other institution do see their own cycle in the same lists.
    for (const caller of ['otherOrgOfficer', 'otherCiManager', 'otherCiAuditor'] as const) {
      const cycles = (await callers[caller].ok(`{ cycles(first: 500) { nodes { id } } }`)).cycles.nodes.map((n: { id: string }) => n.id);
      expect(cycles).toContain(neighbour.cycleId);
    }
  });

  it('the dossier download (GET /cycles/:id/dossier.zip) gives each of them 404 and no zip, as for a cycle of nothing', async () => {
    const refusal = { status: 404, contentType: expect.stringMatching(/^application\/json/), body: { code: 'NOT_FOUND', message: 'There is no such document, or it is not yours to see.' } };
    for (const caller of CALLERS) {
      for (const id of [target.cycleId, ghost(target).cycleId]) {
        const answer = await downloadDossier(stack.url, id, callers[caller].sessionCookie && callers[caller].cookieHeader);
        expect({ caller, ...answer, body: JSON.parse(answer.body.toString()) }).toEqual({ caller, ...refusal });
      }
    }
  });
});

// --- Positive controls --------------------------------------------------------------------------------

const FULL_CYCLE = `query($id: ID!) { cycle(id: $id) { id phase step organisation { id }
  ${Object.entries(CYCLE_FIELD_SELECTION).map(([f, s]) => `${f} { ${s} }`).join('\n  ')} } }`;

describe('the rightful parties do see the cycle', () => {
  it('the owner reads the cycle with all its content', async () => {
    const { cycle } = await owner.officer.ok(FULL_CYCLE, { id: owner.cycleId });
    expect(cycle).toMatchObject({ id: owner.cycleId, phase: 'IMPROVEMENT_PLAN', step: 'DRAFTING', organisation: { id: owner.org.organisation.id } });
    expect(cycle.internalAudits).toEqual([expect.objectContaining({ id: target.internalAuditId, status: 'DONE', findings: [expect.objectContaining({ normCode: 'T-1' })] })]);
    expect(cycle.auditFindings.map((f: { normCode: string }) => f.normCode)).toEqual(['T-1', 'T-2', 'T-3']);
    expect(cycle.assessment.every((a: { finding: unknown; selfEvaluation: unknown }) => a.finding && a.selfEvaluation)).toBe(true);
    expect(cycle.improvementActions).toEqual([expect.objectContaining({ id: target.actionId, normCode: 'T-2' })]);
    expect(cycle.improvementPoints).toEqual([expect.objectContaining({ normCode: 'T-2', covered: true })]);
    expect(cycle.selfEvaluationAnswers).toHaveLength(3);
    expect(cycle.evidenceLinks).toEqual([
      expect.objectContaining({ id: target.linkId, improvementActionId: target.actionId, locked: false, evidence: { id: target.evidenceId, name: 'Eigenaar-bewijs.pdf' } }),
    ]);
    expect(cycle.evidenceCarryOver).toEqual([]);
    const library = (await owner.officer.ok(`{ evidence(first: 50) { nodes { id } } }`)).evidence.nodes.map((n: { id: string }) => n.id);
    expect(library).toEqual(expect.arrayContaining([target.evidenceId, target.spareEvidenceId]));
    const events = (await owner.officer.ok(q('cycleEvents', 'seq command', '$id: ID!', 'cycleId: $id'), { id: owner.cycleId })).cycleEvents;
    expect(events.map((e: { seq: number }) => e.seq)).toEqual(events.map((_: unknown, i: number) => i + 1));
    expect(events.at(-1).command).toBe('issueFinalReport');
    const org = (await owner.officer.ok(q('organisation', 'id currentCycle { id }'), { id: owner.org.organisation.id })).organisation;
    expect(org.currentCycle.id).toBe(owner.cycleId);
  });

  it.each(['lead', 'co'] as const)('the assigned %s auditor reads the findings and the improvement points', async (who) => {
    const { cycle } = await owner[who].ok(FULL_CYCLE, { id: owner.cycleId });
    expect(cycle.auditFindings.map((f: { score: string }) => f.score)).toEqual(['MEETS', 'PARTLY_MEETS', 'MEETS']);
    expect(cycle.improvementPoints).toEqual([expect.objectContaining({ normCode: 'T-2', covered: true })]);
    expect(cycle.evidenceLinks.map((l: { id: string }) => l.id)).toEqual([target.linkId]);
  });

  it('the engaged manager reads the cycle and finds the organisation by its institution', async () => {
    expect((await owner.manager.ok(FULL_CYCLE, { id: owner.cycleId })).cycle.auditFindings).toHaveLength(3);
    const page = await owner.manager.ok(OPS.find((o) => o.root === 'organisations')!.query, { ci: owner.ci.ci.id });
    expect(page.organisations.nodes.map((n: { id: string }) => n.id)).toEqual([owner.org.organisation.id]);
    expect((await owner.manager.ok(q('organisation', 'id'), { id: owner.org.organisation.id })).organisation.id).toBe(owner.org.organisation.id);
  });

  it('the rightful parties read each item of the cycle by its own ID', async () => {
    const byId = (root: string) => OPS.find((o) => o.root === root)!;
    const read = async (who: GqlSession, root: string) => (await who.ok(byId(root).query, byId(root).vars(target)))[root];
    for (const who of [owner.officer, owner.lead, owner.manager, admin]) {
      expect(await read(who, 'auditFinding')).toMatchObject({ id: target.auditFindingId, normCode: 'T-1', score: 'MEETS' });
      expect(await read(who, 'auditReport')).toMatchObject({ id: target.reportId, kind: 'DRAFT' });
      expect(await read(who, 'internalAudit')).toMatchObject({ id: target.internalAuditId, status: 'DONE' });
      expect(await read(who, 'internalAuditFinding')).toMatchObject({ id: target.internalFindingId, normCode: 'T-1' });
      expect(await read(who, 'improvementAction')).toMatchObject({ id: target.actionId, what: 'Leeragenda per team' });
      expect(await read(who, 'improvementPoint')).toEqual({ findingId: target.improvementFindingId, normCode: 'T-2', covered: true });
      // The cycle was audited without a programme: there is none to read, and no refusal.
      expect(await read(who, 'auditProgramme')).toBeNull();
    }
    // A finding that meets without improvement points is not an improvement point; a malformed ID is bad input.
    const notAPoint = await owner.officer.request(byId('improvementPoint').query, { id: target.auditFindingId });
    expect(notAPoint.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const malformed = await owner.officer.request(byId('auditFinding').query, { id: 'not-an-id' });
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // A draft version is the sector body's; a published one is everyone's who is signed in.
    expect((await admin.ok(byId('frameworkVersion').query, { id: target.draftVersionId })).frameworkVersion).toMatchObject({ status: 'DRAFT' });
    expect((await owner.officer.ok(byId('frameworkVersion').query, { id: target.spareVersionId })).frameworkVersion).toMatchObject({ status: 'PUBLISHED' });
  });

  it('whoever may download an evidence file reads it by its ID; an auditor only what is linked in the cycle', async () => {
    const byId = OPS.find((o) => o.root === 'evidenceFile')!;
    const read = (who: GqlSession, id: string) => who.request(byId.query, { id });
    const linked = { id: target.evidenceId, name: 'Eigenaar-bewijs.pdf', versions: [{ id: target.evidenceId }] };
    for (const who of [owner.officer, owner.internalAuditor, owner.lead, owner.co, owner.manager, admin]) {
      expect((await read(who, target.evidenceId)).data).toEqual({ evidenceFile: linked });
    }
    // The organisation sees its whole library; a file that is linked nowhere stays inside it.
    expect((await read(owner.internalAuditor, target.spareEvidenceId)).data?.evidenceFile).toMatchObject({ id: target.spareEvidenceId });
    for (const who of [owner.lead, owner.manager, admin]) {
      const unlinked = await read(who, target.spareEvidenceId);
      expect(unlinked.errors?.map((e) => e.extensions)).toEqual([{ code: 'NOT_FOUND' }]);
    }
    // The same rule as the download: what the query shows, GET /evidence/:id serves, and the other way round.
    expect((await downloadEvidence(stack.url, target.evidenceId, owner.lead.sessionCookie)).status).toBe(200);
    expect((await downloadEvidence(stack.url, target.spareEvidenceId, owner.lead.sessionCookie)).status).toBe(404);
  });

  it("the audited organisation's learning dashboard is its lead and co-auditor's: the manager and the organisation find no such cycle", async () => {
    const byId = OPS.find((o) => o.root === 'cycleLearningDashboard')!;
    for (const who of [owner.lead, owner.co]) expect((await who.ok(byId.query, { id: target.cycleId })).cycleLearningDashboard).toMatchObject({ year: 2026 });
    for (const who of [owner.manager, owner.officer, admin]) expect((await who.refused(byId.query, { id: target.cycleId })).extensions.code).toBe('NOT_FOUND');
  });

  it('the cycle\'s readers download its dossier, with the linked evidence file and not the unlinked one', async () => {
    for (const who of [owner.officer, owner.internalAuditor, owner.manager, owner.lead, admin]) {
      const answer = await downloadDossier(stack.url, target.cycleId, who.cookieHeader);
      expect({ status: answer.status, contentType: answer.contentType }).toEqual({ status: 200, contentType: 'application/zip' });
      const file = path.join(evidenceDir, `dossier-${randomUUID()}.zip`);
      writeFileSync(file, answer.body);
      const ids = (JSON.parse(zipMember(file, 'manifest.json').toString()) as { files: { evidenceId?: string }[] }).files.map((f) => f.evidenceId).filter(Boolean);
      expect(ids).toContain(target.evidenceId);
      expect(ids).not.toContain(target.spareEvidenceId);
    }
  });

  it('the peer lists show the group, its visits and the sign-ups to the owner and the sector body, and to none of the callers', async () => {
    const read = async (who: GqlSession) => ({
      groups: (await who.ok(`{ peerGroups(first: 500) { nodes { id } } }`)).peerGroups.nodes.map((n: { id: string }) => n.id).filter((id: string) => id === target.peerGroupId),
      signUps: (await who.ok(`{ peerReviewSignUps(first: 500) { nodes { id } } }`)).peerReviewSignUps.nodes.map((n: { id: string }) => n.id).filter((id: string) => target.peerSignUpIds.includes(id)),
    });
    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) expect({ caller, ...(await read(callers[caller])) }).toEqual({ caller, groups: [], signUps: [] });
    expect(await read(owner.officer)).toEqual({ groups: [target.peerGroupId], signUps: [target.peerSignUpIds[0]] });
    expect((await read(admin)).signUps.sort()).toEqual([...target.peerSignUpIds].sort());
    const { peerGroup } = await owner.internalAuditor.ok(q('peerGroup', 'id status members { organisationId } visits { id }'), { id: target.peerGroupId });
    expect(peerGroup).toMatchObject({ id: target.peerGroupId, status: 'FORMED', visits: [{ id: target.peerVisitId }] });
    expect(peerGroup.members.map((m: { organisationId: string }) => m.organisationId)).toContain(owner.org.organisation.id);
    // The visits a person is assigned to: none for any of the callers.
    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) expect({ caller, visits: (await callers[caller].ok(`{ myPeerVisits { id } }`)).myPeerVisits }).toEqual({ caller, visits: [] });
  });

  it('the sector body sees the draft version the matrix used', async () => {
    const versions = (await admin.ok(`{ frameworkVersions { id status } }`)).frameworkVersions;
    expect(versions).toContainEqual({ id: target.draftVersionId, status: 'DRAFT' });
  });
});

/**
 * The same operations, same IDs, by the party who may give them: each gets past the access check (it is
 * refused, if at all, for the cycle's position or content). Run in order; the last ones change content.
 */
type Party = 'officer' | 'internalAuditor' | 'manager' | 'lead' | 'decider' | 'admin' | 'teamLead';
const RIGHTFUL: [op: string, by: Party, outcome: string][] = [
  ['completePreparation', 'officer', 'WRONG_PHASE'],
  ['submitSelfEvaluation', 'officer', 'WRONG_PHASE'],
  ['completeInternalAudit', 'officer', 'WRONG_PHASE'],
  ['engageCertifyingInstitution', 'officer', 'WRONG_PHASE'],
  ['acceptEngagement', 'manager', 'WRONG_PHASE'],
  ['declineEngagement', 'manager', 'WRONG_PHASE'],
  ['proposeAuditDates', 'lead', 'WRONG_PHASE'],
  ['confirmAuditDate', 'officer', 'WRONG_PHASE'],
  ['issueDraftReport', 'lead', 'WRONG_PHASE'],
  ['replyToDraftReport', 'officer', 'WRONG_PHASE'],
  ['issueFinalReport', 'lead', 'WRONG_PHASE'],
  ['reviewImprovementPlan', 'lead', 'WRONG_PHASE'],
  ['decideCertification', 'decider', 'WRONG_PHASE'],
  ['suspendCertificate', 'admin', 'WRONG_PHASE'],
  ['reinstateCertificate', 'admin', 'WRONG_PHASE'],
  ['withdrawCertificate', 'admin', 'WRONG_PHASE'],
  ['saveSelfEvaluationAnswer', 'officer', 'LOCKED'],
  // Delegates are named only while the self-evaluation is open; the internal auditor was never named one.
  ['delegateSelfEvaluation', 'officer', 'LOCKED'],
  ['withdrawSelfEvaluationDelegation', 'officer', 'BAD_USER_INPUT'],
  // Respondents answer only while the self-evaluation is open; the invitee is the owner's internal auditor.
  ['inviteRespondents', 'officer', 'LOCKED'],
  ['saveRespondentAnswer', 'internalAuditor', 'LOCKED'],
  ['submitRespondentAnswers', 'internalAuditor', 'LOCKED'],
  ['planInternalAudit', 'officer', 'WRONG_PHASE'],
  ['setInternalAuditStatus', 'internalAuditor', 'WRONG_PHASE'],
  ['recordInternalAuditFinding', 'internalAuditor', 'WRONG_PHASE'],
  ['recordAuditFinding', 'lead', 'WRONG_PHASE'],
  // The programme is planned and confirmed from scheduling to the audit; this cycle is past it.
  ['saveAuditProgramme', 'lead', 'WRONG_PHASE'],
  ['confirmAuditProgramme', 'officer', 'WRONG_PHASE'],
  ['updateImprovementAction', 'officer', 'WRONG_PHASE'],
  // Norms take evidence only while the self-evaluation is open; this cycle has no previous one to carry over from.
  ['linkEvidence (to a norm of the cycle)', 'officer', 'LOCKED'],
  ['confirmEvidenceStillValid', 'officer', 'BAD_USER_INPUT'],
  ['publishFrameworkVersion', 'admin', 'INCOMPLETE'],
  ['updateSchemeRules', 'admin', 'OK'],
  ['updateVariantGuide', 'admin', 'OK'],
  ['retireFrameworkVersion', 'admin', 'OK'],
  ['saveImprovementAction (the action, in the cycle)', 'officer', 'OK'],
  ['saveImprovementAction (new, in the cycle)', 'officer', 'OK'],
  // Anyone of the organisation proposes a theme from its own learning point or action, and shows interest.
  ['proposeLearningTheme (from a learning point)', 'internalAuditor', 'OK'],
  ['proposeLearningTheme (from an improvement action)', 'teamLead', 'OK'],
  ['showInterest', 'teamLead', 'OK'],
  // The link is to the action: unlinked before the action goes. Then the spare file becomes the document's
  // newest version, and as the newest it can be deleted.
  ['unlinkEvidence', 'internalAuditor', 'OK'],
  ['addEvidenceVersion', 'officer', 'OK'],
  ['deleteEvidence', 'officer', 'OK'],
  ['deleteImprovementAction', 'officer', 'OK'],
  // With the action on T-2 deleted, the plan no longer covers its finding.
  ['submitImprovementPlan', 'officer', 'INCOMPLETE'],
  ["markNotificationsRead (the owner's)", 'officer', 'OK'],
  // The group is formed: its sign-ups are in it, it is no proposal, and the owner names its own sign-up.
  ['formPeerGroup', 'admin', 'BAD_USER_INPUT'],
  ['proposePeerGroup', 'officer', 'BAD_USER_INPUT'],
  ['confirmPeerGroup', 'admin', 'WRONG_PHASE'],
  ['declinePeerGroup', 'admin', 'WRONG_PHASE'],
  // The internal auditor is a peer auditor already; a training cannot lie in the future.
  ['nominatePeerAuditor', 'officer', 'CONFLICT'],
  ['recordPeerAuditorTraining', 'officer', 'BAD_USER_INPUT'],
  // The owner's visit is planned already; a re-plan cannot go back in time; then the owner confirms it.
  ['planPeerVisit', 'officer', 'CONFLICT'],
  ['replanPeerVisit', 'officer', 'BAD_USER_INPUT'],
  ['confirmPeerVisit', 'officer', 'OK'],
  // The owner is the organisation visited: it writes no findings, and its report is a draft still.
  ['recordPeerFinding', 'officer', 'NOT_ALLOWED'],
  ['issueLearningReport', 'officer', 'NOT_ALLOWED'],
  ['replyToLearningReport', 'officer', 'WRONG_PHASE'],
  ['finaliseLearningReport', 'internalAuditor', 'NOT_ALLOWED'],
  ['shareLearningReport', 'officer', 'WRONG_PHASE'],
  // The owner's report is not final: the secretariat cannot register it yet.
  ['registerPeerReview', 'admin', 'WRONG_PHASE'],
  // The note before saveTeam and archiveTeam: the team stays the lead's and open until then.
  ['setLearningBudget', 'officer', 'OK'],
  ['setContractHours', 'officer', 'OK'],
  ['updateLearningTime', 'officer', 'OK'],
  ['saveLearningContextNote', 'teamLead', 'OK'],
  ['saveTeam', 'officer', 'OK'],
  ['invitePerson', 'officer', 'OK'],
  ['deleteLearningTime', 'officer', 'OK'],
  // The team lead reads the goal the officer shares with them, and still does not reach it to change it.
  ['saveLearningGoal', 'teamLead', 'NOT_FOUND'],
  ['deleteLearningGoal', 'teamLead', 'NOT_FOUND'],
  ['saveLearningGoal', 'officer', 'OK'],
  ['deleteLearningGoal', 'officer', 'OK'],
  // The climate scan: the team lead reaches the round (no answers given is refused by that rule), a second round
  // is refused while the first is open; the agreement is recorded and the round closed.
  ['answerClimateScan', 'teamLead', 'BAD_USER_INPUT'],
  ['openClimateScanRound', 'officer', 'CONFLICT'],
  ['recordTeamClimateAgreement', 'teamLead', 'OK'],
  ['closeClimateScanRound', 'officer', 'OK'],
  // The quality officer plans as the learning coordinator does (before the team is archived); a team lead does not.
  ['planLearningSession (themeId)', 'teamLead', 'NOT_ALLOWED'],
  // The theme's row names nobody taking part: the officer gets past the access check to that input rule.
  ['planLearningSession (themeId)', 'officer', 'BAD_USER_INPUT'],
  ['planLearningSession (teamId)', 'officer', 'OK'],
  ['planLearningSession (participantIds)', 'officer', 'OK'],
  ['recordLearningSessionAttendance', 'officer', 'OK'],
  ['archiveTeam', 'officer', 'OK'],
  // The cycle is at its improvement plan: the self-evaluation is submitted, so its links are locked, new and old.
  ['linkLearningEvidence', 'officer', 'LOCKED'],
  ['unlinkLearningEvidence', 'officer', 'LOCKED'],
  // Last: it revokes the institution the cycle is engaged with.
  ['setCertifyingInstitutionAdmission', 'admin', 'OK'],
];

describe('the rightful parties get past the access check with the same IDs', () => {
  it('every mutation row of the matrix has a rightful-party control (startCycle: a draft is refused to everyone)', () => {
    const mutationRows = OPS.filter((o) => o.query.startsWith('mutation') && o.gate !== 'startCycle').map((o) => o.name);
    const controlled = new Set(RIGHTFUL.map(([op]) => op));
    expect(mutationRows.filter((name) => !controlled.has(name) && !name.includes("caller's own"))).toEqual([]);
  });

  it.each(RIGHTFUL)('%s by the %s → %s', async (name, by, outcome) => {
    const op = OPS.find((o) => o.name === name)!;
    const party: Record<Party, GqlSession> = {
      officer: owner.officer,
      internalAuditor: owner.internalAuditor,
      manager: owner.manager,
      lead: owner.lead,
      decider,
      admin,
      teamLead,
    };
    const before = await fingerprint();
    const r = await run(party[by], op, target);
    expect(r.errors?.[0]?.extensions.code ?? 'OK').toBe(outcome);
    // The fingerprint the matrix relies on does see a change when one is made (and only then).
    expect(JSON.stringify(await fingerprint()) !== JSON.stringify(before)).toBe(outcome === 'OK');
    if (outcome === 'OK') {
      expect(r.data).not.toBeNull();
      if (op.root === 'markNotificationsRead') expect(r.data!.markNotificationsRead).toBe(target.notificationIds.length);
      if (op.root === 'deleteImprovementAction') expect(r.data!.deleteImprovementAction).toBe(target.actionId);
      if (op.root === 'deleteLearningTime') expect(r.data!.deleteLearningTime).toBe(target.learningEntryId);
      if (op.root === 'deleteLearningGoal') expect(r.data!.deleteLearningGoal).toBe(target.learningGoalId);
      if (op.root === 'unlinkEvidence') expect(r.data!.unlinkEvidence).toBe(target.linkId);
      if (op.root === 'addEvidenceVersion') expect(r.data!.addEvidenceVersion).toEqual({ id: target.spareEvidenceId, documentId: target.evidenceId, previousVersionId: target.evidenceId });
      if (op.root === 'deleteEvidence') expect(r.data!.deleteEvidence).toBe(target.spareEvidenceId);
    }
    if (outcome === 'INCOMPLETE' && op.root === 'submitImprovementPlan') expect(r.errors![0].extensions.uncoveredNormCodes).toEqual(['T-2']);
  });
});
