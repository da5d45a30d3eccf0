import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { Cycle } from '../../server/src/modules/cycle/cycle.entity';
import { contentFingerprint } from '../support/content-fixtures';
import { driveCycle, longRules, withMutationId, type ParkedCycle } from '../support/cycle-driver';
import { inDays, today } from '../support/dates';
import { uploadSmallPdf } from '../support/evidence-http';
import { GqlSession, type GqlResult } from '../support/gql';
import { addOrganisationMember, createOrganisation, PASSWORD } from '../support/fixtures';
import { Role } from '../../server/src/modules/user/role';
import { dbFingerprint } from '../support/operations';
import { FILE_SCHEMA, idSlots, type IdSlot } from '../support/schema-ids';
import { createDraftVersion, SCHEME_RULES_INPUT as RULES_INPUT, VARIANT_GUIDE_INPUT } from '../support/scheme-fixtures';
import { startStack, type Stack } from '../support/stack';

/**
 * One meaning per code, generated from the contract (docs/error-codes.md). Every ID argument of a query
 * and every ID field of an input (read from schema/schema.graphql: a new one fails the coverage test until
 * it is in the table below) is sent by a caller whose role passes the operation's gate, with every other ID
 * of the request real and visible to them:
 *   (a) a value that cannot be an ID: BAD_USER_INPUT naming the argument or field, in queries as in mutations;
 *   (b) the ID of nothing: NOT_FOUND, "<What> was not found.", naming the field when it is a reference
 *       inside an input rather than what the operation is about.
 * The cycle stands in its improvement plan, so most commands would be refused for its phase: existence is
 * judged before any rule. Then the same for IDs that exist but belong to someone else: the answer is that
 * of an ID of nothing, whatever else is wrong with the request. Nothing changes in the database.
 */

// --- The real things every request names, and who sends it ------------------------------------------------

interface Target {
  cycleId: string;
  organisationId: string;
  normId: string;
  answerId: string;
  internalAuditId: string;
  internalFindingId: string;
  auditFindingId: string;
  improvementFindingId: string;
  reportId: string;
  actionId: string;
  evidenceId: string;
  spareEvidenceId: string;
  linkId: string;
  draftVersionId: string;
  publishedVersionId: string;
  certifyingInstitutionId: string;
  leadAuditorId: string;
  coAuditorId: string;
  internalAuditorId: string;
  notificationIds: string[];
  /** A formed peer group of the owner's organisation, its three sign-ups (all with partners known), and two of them. */
  peerGroupId: string;
  peerSignUpIds: string[];
  partnerSignUpIds: string[];
  /** The owner's internal auditor, nominated as peer auditor. */
  peerAuditorId: string;
  /** The owner's visit in its group, and the pair of the partners' peer auditors planned for it. */
  peerVisitId: string;
  visitAuditorIds: string[];
  /** The owner's officer invited as a respondent on the owner's cycle. */
  invitationId: string;
  /** A team of the owner's with its team lead in it, and learning time of the owner's officer. */
  teamId: string;
  teamLeadId: string;
  learningEntryId: string;
  /** A learning goal of the owner's officer, and a competency of a published framework version. */
  learningGoalId: string;
  competencyId: string;
  /** A theme on the owner's learning agenda. */
  learningThemeId: string;
  /** An open round of the owner's learning-climate scan, asking the owner's team. */
  climateRoundId: string;
  /** A learning session of the owner's organisation, next week, with the team lead taking part. */
  learningSessionId: string;
  /** The owner's learning year report, linked as evidence to a norm of the owner's cycle (learningEvidenceLinkId). */
  learningYearReportId: string;
  learningEvidenceLinkId: string;
}

/** `pairAuditor`: the first peer auditor of the pair planned for the owner's visit (of a partner organisation). */
type Party = 'officer' | 'manager' | 'lead' | 'decider' | 'admin' | 'teamLead' | 'pairAuditor';

interface IdField {
  /** The noun of "<What> was not found.". */
  what: string;
  /** A reference inside an input: NOT_FOUND names the field. */
  reference?: true;
  /** The field a refusal names, where it is not the last part of the slot: an ID inside a list of inputs names its item. */
  field?: string;
}

interface Operation {
  by: Party;
  /** Arguments with every ID real; `slot` is the one under test, for inputs that take one of several shapes. */
  args(t: Target, slot: string): Record<string, unknown>;
  /** Per slot (`id`, `input.cycleId`, `filter.certifyingInstitutionId`…), what it names. */
  ids: Record<string, IdField>;
}

const REPORT = { summary: 'Samenvatting', strengths: 'Sterk', improvementPoints: 'Beter' };
const ACTION = { what: 'Van buiten', owner: 'Teamleider', dueDate: inDays(180), successIndicator: 'Zichtbaar' };

const CYCLE: IdField = { what: 'Cycle' };
const byId = (what: string, by: Party = 'officer', arg = 'id'): Operation => ({ by, args: (t) => ({ [arg]: idOf(t, what) }), ids: { [arg]: { what } } });
/** A process command: the cycle is what it is about; `refs` are what else it names. */
const command = (by: Party, extra: (t: Target) => Record<string, unknown> = () => ({}), refs: Record<string, IdField> = {}): Operation => ({
  by,
  args: (t) => ({ input: { cycleId: t.cycleId, ...extra(t) } }),
  ids: { 'input.cycleId': CYCLE, ...Object.fromEntries(Object.entries(refs).map(([k, v]) => [`input.${k}`, v])) },
});

/** The real ID of each kind a query reads by its own ID. */
function idOf(t: Target, what: string): string {
  const ids: Record<string, string> = {
    Cycle: t.cycleId,
    Organisation: t.organisationId,
    'Audit finding': t.auditFindingId,
    'Audit report': t.reportId,
    'Internal audit': t.internalAuditId,
    'Internal audit finding': t.internalFindingId,
    'Improvement action': t.actionId,
    'Improvement point': t.improvementFindingId,
    'Framework version': t.publishedVersionId,
    Evidence: t.evidenceId,
    'Peer group': t.peerGroupId,
  };
  return ids[what];
}

/** Which of linkEvidence's one-of targets the slot under test needs. */
function linkTarget(t: Target, slot: string): Record<string, unknown> {
  if (slot === 'input.selfEvaluationAnswerId') return { selfEvaluationAnswerId: t.answerId };
  if (slot === 'input.internalAuditFindingId') return { internalAuditFindingId: t.internalFindingId };
  if (slot === 'input.improvementActionId') return { improvementActionId: t.actionId };
  return { cycleId: t.cycleId, normId: t.normId };
}

const OPERATIONS: Record<string, Operation> = {
  // Queries: the argument is what they read.
  cycle: byId('Cycle'),
  cycleEvents: byId('Cycle', 'officer', 'cycleId'),
  auditProgramme: byId('Cycle', 'officer', 'cycleId'),
  organisation: byId('Organisation'),
  auditFinding: byId('Audit finding'),
  auditReport: byId('Audit report'),
  internalAudit: byId('Internal audit'),
  internalAuditFinding: byId('Internal audit finding'),
  improvementAction: byId('Improvement action'),
  improvementPoint: byId('Improvement point', 'officer', 'findingId'),
  frameworkVersion: byId('Framework version'),
  evidenceFile: byId('Evidence'),
  organisations: {
    by: 'officer',
    args: (t) => ({ filter: { certifyingInstitutionId: t.certifyingInstitutionId } }),
    ids: { 'filter.certifyingInstitutionId': { what: 'Certifying institution', reference: true } },
  },

  // Process commands
  completePreparation: command('officer'),
  submitSelfEvaluation: command('officer'),
  completeInternalAudit: command('officer'),
  engageCertifyingInstitution: command('officer', (t) => ({ certifyingInstitutionId: t.certifyingInstitutionId }), {
    certifyingInstitutionId: { what: 'Certifying institution', reference: true },
  }),
  acceptEngagement: command('manager', (t) => ({ leadAuditorId: t.leadAuditorId, coAuditorId: t.coAuditorId }), {
    leadAuditorId: { what: 'Auditor', reference: true },
    coAuditorId: { what: 'Auditor', reference: true },
  }),
  proposeAuditDates: command('lead', () => ({ dates: [inDays(7)] })),
  confirmAuditDate: command('officer', () => ({ date: inDays(7) })),
  issueDraftReport: command('lead', () => REPORT),
  replyToDraftReport: command('officer', () => ({ reply: 'Dank' })),
  issueFinalReport: command('lead', () => ({ ...REPORT, advice: 'POSITIVE' })),
  submitImprovementPlan: command('officer'),
  reviewImprovementPlan: command('lead', () => ({ review: 'ACCEPT' })),
  decideCertification: command('decider', () => ({ decision: 'REFUSE', reason: 'Onderbouwing' })),
  suspendCertificate: command('admin', () => ({ reason: 'Onderbouwing' })),
  // The owner's cycle is past its engagement: refused by the phase rule when all is real.
  declineEngagement: command('manager', () => ({ reason: 'Onderbouwing' })),
  reinstateCertificate: command('admin', () => ({ reason: 'Onderbouwing' })),
  withdrawCertificate: command('admin', () => ({ reason: 'Onderbouwing' })),

  // Respondents: the invitation is what the answer and the submission are about.
  respondentInvitations: byId('Cycle', 'officer', 'cycleId'),
  selfEvaluationSpread: byId('Cycle', 'officer', 'cycleId'),
  inviteRespondents: command('officer', (t) => ({ invitees: [{ userId: t.internalAuditorId, layer: 'BOARD' }], dueDate: inDays(7) }), {
    'invitees.userId': { what: 'Person', reference: true, field: 'invitees.0.userId' },
  }),
  saveRespondentAnswer: {
    by: 'officer',
    args: (t) => ({ input: { invitationId: t.invitationId, normId: t.normId, score: 'MEETS' } }),
    ids: { 'input.invitationId': { what: 'Respondent invitation' }, 'input.normId': { what: 'Norm', reference: true } },
  },
  submitRespondentAnswers: { by: 'officer', args: (t) => ({ input: { invitationId: t.invitationId } }), ids: { 'input.invitationId': { what: 'Respondent invitation' } } },

  // Delegates of the self-evaluation: the person named is a reference.
  delegateSelfEvaluation: command('officer', (t) => ({ userId: t.internalAuditorId }), { userId: { what: 'Person', reference: true } }),
  withdrawSelfEvaluationDelegation: command('officer', (t) => ({ userId: t.internalAuditorId }), { userId: { what: 'Person', reference: true } }),

  // Content of the cycle
  saveSelfEvaluationAnswer: command('officer', (t) => ({ normId: t.normId, score: 'MEETS' }), { normId: { what: 'Norm', reference: true } }),
  recordAuditFinding: command('lead', (t) => ({ normId: t.normId, score: 'MEETS', strengths: 'Sterk', improvementPoints: '' }), {
    normId: { what: 'Norm', reference: true },
  }),
  planInternalAudit: command('officer', (t) => ({ unit: 'Team West', plannedDate: today(), auditorIds: [t.internalAuditorId] }), {
    auditorIds: { what: 'Auditor', reference: true },
  }),
  saveImprovementAction: command('officer', (t) => ({ ...ACTION, normId: t.normId, actionId: t.actionId }), {
    normId: { what: 'Norm', reference: true },
    actionId: { what: 'Improvement action', reference: true },
  }),
  // The slots are a list: the one slot sent is the first, so a refusal names `slots.0.<field>`.
  saveAuditProgramme: command(
    'lead',
    (t) => ({ slots: [{ day: 1, startTime: '09:00', endTime: '10:00', group: 'VOLUNTEERS', headCount: 2, normIds: [t.normId], auditorIds: [t.leadAuditorId] }] }),
    {
      'slots.normIds': { what: 'Norm', reference: true, field: 'slots.0.normIds' },
      'slots.auditorIds': { what: 'Auditor', reference: true, field: 'slots.0.auditorIds' },
    },
  ),
  confirmAuditProgramme: command('officer'),
  confirmEvidenceStillValid: command('officer', (t) => ({ evidenceId: t.evidenceId, stillValid: true }), { evidenceId: { what: 'Evidence', reference: true } }),
  setInternalAuditStatus: { by: 'officer', args: (t) => ({ input: { internalAuditId: t.internalAuditId, status: 'CANCELLED' } }), ids: { 'input.internalAuditId': { what: 'Internal audit' } } },
  recordInternalAuditFinding: {
    by: 'officer',
    args: (t) => ({ input: { internalAuditId: t.internalAuditId, normId: t.normId, strengths: 'Sterk' } }),
    ids: { 'input.internalAuditId': { what: 'Internal audit' }, 'input.normId': { what: 'Norm', reference: true } },
  },
  updateImprovementAction: { by: 'officer', args: (t) => ({ input: { actionId: t.actionId, status: 'DONE' } }), ids: { 'input.actionId': { what: 'Improvement action' } } },
  deleteImprovementAction: { by: 'officer', args: (t) => ({ input: { actionId: t.actionId } }), ids: { 'input.actionId': { what: 'Improvement action' } } },

  // Evidence
  linkEvidence: {
    by: 'officer',
    args: (t, slot) => ({ input: { evidenceId: t.evidenceId, ...linkTarget(t, slot) } }),
    ids: {
      'input.evidenceId': { what: 'Evidence' },
      'input.cycleId': { what: 'Cycle', reference: true },
      'input.normId': { what: 'Norm', reference: true },
      'input.selfEvaluationAnswerId': { what: 'Self-evaluation answer', reference: true },
      'input.internalAuditFindingId': { what: 'Internal audit finding', reference: true },
      'input.improvementActionId': { what: 'Improvement action', reference: true },
    },
  },
  unlinkEvidence: { by: 'officer', args: (t) => ({ input: { linkId: t.linkId } }), ids: { 'input.linkId': { what: 'Evidence link' } } },
  addEvidenceVersion: {
    by: 'officer',
    args: (t) => ({ input: { evidenceId: t.spareEvidenceId, previousEvidenceId: t.evidenceId } }),
    ids: { 'input.evidenceId': { what: 'Evidence' }, 'input.previousEvidenceId': { what: 'Evidence', reference: true } },
  },
  deleteEvidence: { by: 'officer', args: (t) => ({ input: { evidenceId: t.spareEvidenceId } }), ids: { 'input.evidenceId': { what: 'Evidence' } } },

  // The organisation's own, the sector body's, the person's own
  startCycle: {
    by: 'officer',
    args: (t) => ({ input: { frameworkVersionId: t.publishedVersionId, variant: 'EXTERNAL_AUDIT', wholeOrganisation: true, scopeUnits: [], fte: 12 } }),
    ids: { 'input.frameworkVersionId': { what: 'Framework version', reference: true } },
  },
  publishFrameworkVersion: { by: 'admin', args: (t) => ({ input: { frameworkVersionId: t.draftVersionId } }), ids: { 'input.frameworkVersionId': { what: 'Framework version' } } },
  retireFrameworkVersion: { by: 'admin', args: (t) => ({ input: { frameworkVersionId: t.draftVersionId } }), ids: { 'input.frameworkVersionId': { what: 'Framework version' } } },
  updateSchemeRules: {
    by: 'admin',
    args: (t) => ({ input: { frameworkVersionId: t.draftVersionId, rules: RULES_INPUT } }),
    ids: { 'input.frameworkVersionId': { what: 'Framework version' } },
  },
  updateVariantGuide: {
    by: 'admin',
    args: (t) => ({ input: { frameworkVersionId: t.draftVersionId, guide: VARIANT_GUIDE_INPUT } }),
    ids: { 'input.frameworkVersionId': { what: 'Framework version' } },
  },
  setCertifyingInstitutionAdmission: {
    by: 'admin',
    args: (t) => ({ input: { certifyingInstitutionId: t.certifyingInstitutionId, admitted: false } }),
    ids: { 'input.certifyingInstitutionId': { what: 'Certifying institution' } },
  },
  markNotificationsRead: { by: 'officer', args: (t) => ({ input: { ids: t.notificationIds } }), ids: { 'input.ids': { what: 'Notification' } } },

  // The peer advisory assessment: the group is formed, so each of these is refused by a rule when all is real.
  peerGroup: byId('Peer group'),
  formPeerGroup: { by: 'admin', args: (t) => ({ input: { signUpIds: t.peerSignUpIds } }), ids: { 'input.signUpIds': { what: 'Peer review sign-up', reference: true } } },
  proposePeerGroup: {
    by: 'officer',
    args: (t) => ({ input: { partnerSignUpIds: t.partnerSignUpIds } }),
    ids: { 'input.partnerSignUpIds': { what: 'Peer review sign-up', reference: true } },
  },
  confirmPeerGroup: { by: 'admin', args: (t) => ({ input: { peerGroupId: t.peerGroupId } }), ids: { 'input.peerGroupId': { what: 'Peer group' } } },
  // The person is nominated already, and a training cannot lie in the future: refused by those rules when all is real.
  nominatePeerAuditor: { by: 'officer', args: (t) => ({ input: { personId: t.internalAuditorId } }), ids: { 'input.personId': { what: 'Person', reference: true } } },
  recordPeerAuditorTraining: {
    by: 'officer',
    args: (t) => ({ input: { peerAuditorId: t.peerAuditorId, trainedOn: inDays(1), provider: 'Opleider' } }),
    ids: { 'input.peerAuditorId': { what: 'Peer auditor' } },
  },
  // The owner's visit is planned already, and a re-plan cannot go back in time: refused by those rules when all is real.
  planPeerVisit: {
    by: 'officer',
    args: (t) => ({ input: { peerGroupId: t.peerGroupId, organisationId: t.organisationId, date: inDays(40), peerAuditorIds: t.visitAuditorIds } }),
    ids: {
      'input.peerGroupId': { what: 'Peer group' },
      'input.organisationId': { what: 'Organisation', reference: true },
      'input.peerAuditorIds': { what: 'Peer auditor', reference: true },
    },
  },
  replanPeerVisit: {
    by: 'officer',
    args: (t) => ({ input: { peerVisitId: t.peerVisitId, date: inDays(-1), peerAuditorIds: t.visitAuditorIds } }),
    ids: { 'input.peerVisitId': { what: 'Peer visit' }, 'input.peerAuditorIds': { what: 'Peer auditor', reference: true } },
  },
  confirmPeerVisit: { by: 'officer', args: (t) => ({ input: { peerVisitId: t.peerVisitId } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  // The learning report of the owner's visit is a draft of a visit not yet confirmed: the pair reads it and its
  // self-evaluation; writing, issuing and the steps after are refused by the order of the report when all is real.
  learningReport: { by: 'pairAuditor', args: (t) => ({ peerVisitId: t.peerVisitId }), ids: { peerVisitId: { what: 'Learning report' } } },
  peerVisitSelfEvaluation: { by: 'pairAuditor', args: (t) => ({ peerVisitId: t.peerVisitId }), ids: { peerVisitId: { what: 'Self-evaluation' } } },
  recordPeerFinding: {
    by: 'pairAuditor',
    args: (t) => ({ input: { peerVisitId: t.peerVisitId, normId: t.normId, goesWell: 'Sterk', intention: 'Doel', learningPoints: 'Leren' } }),
    ids: { 'input.peerVisitId': { what: 'Peer visit' }, 'input.normId': { what: 'Norm', reference: true } },
  },
  issueLearningReport: { by: 'pairAuditor', args: (t) => ({ input: { peerVisitId: t.peerVisitId, summary: 'Samenvatting' } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  replyToLearningReport: { by: 'officer', args: (t) => ({ input: { peerVisitId: t.peerVisitId, reply: 'Dank' } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  finaliseLearningReport: { by: 'pairAuditor', args: (t) => ({ input: { peerVisitId: t.peerVisitId } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  registerPeerReview: { by: 'admin', args: (t) => ({ input: { peerVisitId: t.peerVisitId } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  shareLearningReport: { by: 'officer', args: (t) => ({ input: { peerVisitId: t.peerVisitId } }), ids: { 'input.peerVisitId': { what: 'Peer visit' } } },
  declinePeerGroup: { by: 'admin', args: (t) => ({ input: { peerGroupId: t.peerGroupId, reason: 'Onderbouwing' } }), ids: { 'input.peerGroupId': { what: 'Peer group' } } },

  // Teams and learning time: all real, these succeed (archiving and deleting are left out, see CHANGES).
  learningOverview: { by: 'officer', args: (t) => ({ teamId: t.teamId, year: 2026 }), ids: { teamId: { what: 'Team' } } },
  saveTeam: {
    by: 'officer',
    args: (t) => ({ input: { teamId: t.teamId, name: 'Fouten', memberIds: [t.teamLeadId] } }),
    ids: { 'input.teamId': { what: 'Team' }, 'input.memberIds': { what: 'Person', reference: true } },
  },
  invitePerson: {
    by: 'officer',
    args: (t) => ({ input: { name: 'Fouten Persoon', email: `fouten-${Math.random().toString(36).slice(2)}@fouten.example`, role: 'ORG_PROFESSIONAL', teamIds: [t.teamId] } }),
    ids: { 'input.teamIds': { what: 'Team', reference: true } },
  },
  archiveTeam: { by: 'officer', args: (t) => ({ input: { teamId: t.teamId } }), ids: { 'input.teamId': { what: 'Team' } } },
  setLearningBudget: {
    by: 'officer',
    args: (t, slot) => ({ input: { year: 2026, hours: 10, ...(slot === 'input.personId' ? { personId: t.teamLeadId } : { teamId: t.teamId }) } }),
    ids: { 'input.teamId': { what: 'Team', reference: true }, 'input.personId': { what: 'Person', reference: true } },
  },
  setContractHours: { by: 'officer', args: (t) => ({ input: { personId: t.teamLeadId, hoursPerWeek: 32 } }), ids: { 'input.personId': { what: 'Person', reference: true } } },
  updateLearningTime: {
    by: 'officer',
    args: (t) => ({ input: { entryId: t.learningEntryId, date: today(), hours: 1, kind: 'READING' } }),
    ids: { 'input.entryId': { what: 'Learning entry' } },
  },
  deleteLearningTime: { by: 'officer', args: (t) => ({ input: { entryId: t.learningEntryId } }), ids: { 'input.entryId': { what: 'Learning entry' } } },
  saveLearningContextNote: {
    by: 'teamLead',
    args: (t) => ({ input: { teamId: t.teamId, month: '2026-01', text: 'Fouten' } }),
    ids: { 'input.teamId': { what: 'Team', reference: true } },
  },
  saveLearningGoal: {
    by: 'officer',
    args: (t) => ({ input: { goalId: t.learningGoalId, title: 'Fouten', competencyIds: [t.competencyId] } }),
    ids: { 'input.goalId': { what: 'Learning goal' }, 'input.competencyIds': { what: 'Competency', reference: true } },
  },
  deleteLearningGoal: { by: 'officer', args: (t) => ({ input: { goalId: t.learningGoalId } }), ids: { 'input.goalId': { what: 'Learning goal' } } },
  proposeLearningTheme: {
    by: 'officer',
    args: (t, slot) => ({ input: { title: 'Fouten', ...(slot === 'input.improvementActionId' ? { improvementActionId: t.actionId } : { internalAuditFindingId: t.internalFindingId }) } }),
    ids: { 'input.internalAuditFindingId': { what: 'Internal audit finding', reference: true }, 'input.improvementActionId': { what: 'Improvement action', reference: true } },
  },
  showInterest: { by: 'officer', args: (t) => ({ input: { themeId: t.learningThemeId } }), ids: { 'input.themeId': { what: 'Learning theme' } } },
  // A session planned with every ID real succeeds; attendance before the session's day is refused by that rule.
  planLearningSession: {
    by: 'officer',
    args: (t) => ({ input: { title: 'Fouten', kind: 'SESSION', date: inDays(7), hours: 1, themeId: t.learningThemeId, teamId: t.teamId, participantIds: [t.teamLeadId] } }),
    ids: {
      'input.themeId': { what: 'Learning theme', reference: true },
      'input.teamId': { what: 'Team', reference: true },
      'input.participantIds': { what: 'Person', reference: true },
    },
  },
  recordLearningSessionAttendance: {
    by: 'officer',
    args: (t) => ({ input: { sessionId: t.learningSessionId, attendeeIds: [t.teamLeadId] } }),
    ids: { 'input.sessionId': { what: 'Learning session' }, 'input.attendeeIds': { what: 'Participant', reference: true } },
  },

  // The learning-climate scan: the team lead is in the round's team; no answers given is refused by that rule when all is real,
  // and a second round while one is open by the one-round rule.
  climateScanResults: { by: 'officer', args: (t) => ({ roundId: t.climateRoundId }), ids: { roundId: { what: 'Climate scan round' } } },
  answerClimateScan: {
    by: 'teamLead',
    args: (t) => ({ input: { roundId: t.climateRoundId, teamId: t.teamId, answers: [] } }),
    ids: { 'input.roundId': { what: 'Climate scan round' }, 'input.teamId': { what: 'Team', reference: true } },
  },
  openClimateScanRound: { by: 'officer', args: (t) => ({ input: { period: 'Fouten', teamIds: [t.teamId] } }), ids: { 'input.teamIds': { what: 'Team', reference: true } } },
  closeClimateScanRound: { by: 'officer', args: (t) => ({ input: { roundId: t.climateRoundId } }), ids: { 'input.roundId': { what: 'Climate scan round' } } },
  // Learning as evidence: at the improvement plan the self-evaluation is submitted, so new and old links are locked.
  learningEvidence: { by: 'officer', args: (t) => ({ cycleId: t.cycleId }), ids: { cycleId: { what: 'Cycle' } } },
  // The audited organisation's learning: for the cycle's lead auditor, and for the pair of its peer visit.
  cycleLearningDashboard: { by: 'lead', args: (t) => ({ cycleId: t.cycleId, year: 2026 }), ids: { cycleId: CYCLE } },
  peerVisitLearningDashboard: { by: 'pairAuditor', args: (t) => ({ peerVisitId: t.peerVisitId, year: 2026 }), ids: { peerVisitId: { what: 'Peer visit' } } },
  linkLearningEvidence: {
    by: 'officer',
    args: (t, slot) => ({
      input: { cycleId: t.cycleId, normId: t.normId, ...(slot === 'input.climateScanRoundId' ? { climateScanRoundId: t.climateRoundId } : { learningYearReportId: t.learningYearReportId }) },
    }),
    ids: {
      'input.cycleId': { what: 'Cycle', reference: true },
      'input.normId': { what: 'Norm', reference: true },
      'input.learningYearReportId': { what: 'Learning year report', reference: true },
      'input.climateScanRoundId': { what: 'Climate scan round', reference: true },
    },
  },
  unlinkLearningEvidence: { by: 'officer', args: (t) => ({ input: { linkId: t.learningEvidenceLinkId } }), ids: { 'input.linkId': { what: 'Learning evidence link' } } },
  recordTeamClimateAgreement: {
    by: 'teamLead',
    args: (t) => ({ input: { roundId: t.climateRoundId, teamId: t.teamId, text: 'Fouten' } }),
    ids: { 'input.roundId': { what: 'Climate scan round' }, 'input.teamId': { what: 'Team', reference: true } },
  },
};

// --- Sending one request with one ID replaced ----------------------------------------------------------

const SLOTS = idSlots(FILE_SCHEMA);
const keyOf = (slot: Pick<IdSlot, 'operation' | 'path'>) => `${slot.operation} ${slot.path}`;

/** The operation's text from the schema: its arguments as variables, a selection only where it returns an object. */
function operationText(kind: IdSlot['kind'], name: string, args: Record<string, unknown>): string {
  const root = kind === 'query' ? FILE_SCHEMA.getQueryType()! : FILE_SCHEMA.getMutationType()!;
  const field: GraphQLField<unknown, unknown> = root.getFields()[name];
  const given = field.args.filter((a) => a.name in args);
  const variables = given.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}(${variables}) { ${name}(${call})${selection} }`;
}

/** A copy of `args` with the value at `path` (`input.cycleId`) replaced; through a list, in each of its items. */
function withValue(args: Record<string, unknown>, slotPath: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = slotPath.split('.');
  if (rest.length === 0) return { ...args, [head]: value };
  const inner = args[head] ?? {};
  const replaced = Array.isArray(inner)
    ? inner.map((item: Record<string, unknown>) => withValue(item, rest.join('.'), value))
    : withValue(inner as Record<string, unknown>, rest.join('.'), value);
  return { ...args, [head]: replaced };
}

/** The field a refusal about this slot names, and the field's own name (the last part). */
function fieldOf(op: Operation, slotPath: string): { field: string; name: string } {
  const name = slotPath.split('.').pop()!;
  return { field: op.ids[slotPath].field ?? name, name };
}
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let stack: Stack;
let owner: ParkedCycle;
let neighbour: ParkedCycle;
let target: Target;
const parties = {} as Record<Party, GqlSession>;
let evidenceDir: string;
const conn = () => stack.orm.em.fork().getConnection();

async function send(slot: IdSlot, who: GqlSession, args: Record<string, unknown>): Promise<GqlResult> {
  const inputType = slot.kind === 'mutation' ? FILE_SCHEMA.getMutationType()!.getFields()[slot.operation].args[0].type.toString().replace('!', '') : null;
  const vars = inputType && args.input ? { ...args, input: await withMutationId(stack.url, inputType, args.input as Record<string, unknown>) } : args;
  return who.request(operationText(slot.kind, slot.operation, vars), vars);
}

async function fingerprint() {
  return { ...(await dbFingerprint(conn())), ...(await contentFingerprint(conn())), ...(await counts()) };
}

/** What the other fingerprints leave out: evidence, receipts, notifications read, versions and admissions. */
async function counts() {
  const [row] = await conn().execute(`select
    (select count(*)::int from evidence) as evidence, (select count(*)::int from evidence_link) as links,
    (select count(*)::int from mutation_receipt) as receipts, (select count(*)::int from notification where read_at is not null) as read,
    (select md5(string_agg(id::text || status::text, ',' order by id)) from framework_version) as versions,
    (select md5(string_agg(id::text || admitted::text, ',' order by id)) from certifying_institution) as admissions,
    (select md5(string_agg(id::text || status::text, ',' order by id)) from peer_review_sign_up) as peer_sign_ups,
    (select md5(string_agg(id::text || status::text, ',' order by id)) from peer_group) as peer_groups,
    (select md5(string_agg(id::text || coalesce(trained_on::text, '-') || training_provider, ',' order by id)) from peer_auditor) as peer_auditors,
    (select md5(string_agg(id::text || date::text || status::text, ',' order by id)) from peer_visit) as peer_visits,
    (select md5(string_agg(id::text || interest_count::text, ',' order by id)) from learning_theme) as learning_themes,
    (select count(*)::int from learning_theme_interest) as learning_theme_interests,
    (select md5(string_agg(id::text || coalesce(closed_at::text, '-'), ',' order by id)) from climate_scan_round) as climate_scan_rounds,
    (select count(*)::int from climate_scan_participation) as climate_scan_markers,
    (select count(*)::int from climate_scan_response) as climate_scan_responses,
    (select md5(string_agg(id::text || text, ',' order by id)) from climate_team_agreement) as climate_team_agreements`);
  return row;
}

function expectRefusal(r: GqlResult, want: { code: string; message: string | RegExp; field?: string }) {
  expect(r.errors).toHaveLength(1);
  const [err] = r.errors!;
  expect(err.extensions.code).toBe(want.code);
  expect(err.extensions.field).toBe(want.field);
  expect(err.message).toMatch(want.message);
  // A nullable root field answers a refusal with itself null (auditProgramme); the others with no data.
  expect(r.data === null || Object.values(r.data).every((v) => v === null)).toBe(true);
}

beforeAll(async () => {
  evidenceDir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-id-errors-'));
  stack = await startStack({ env: { EVIDENCE_DIR: evidenceDir } });
  // The owner's cycle with content of every kind, at its improvement plan; the neighbour's waits on its institution.
  [owner, neighbour] = await Promise.all([
    driveCycle(stack.url, stack.orm.em.fork(), 'DRAFTING', { label: 'Eigenaar' }),
    driveCycle(stack.url, stack.orm.em.fork(), 'ENGAGEMENT_REQUESTED', { label: 'Buurman' }),
  ]);
  const save = `mutation($i: SaveImprovementActionInput!) { saveImprovementAction(input: $i) { id } }`;
  const action = await owner.officer.ok(save, { i: await withMutationId(stack.url, 'SaveImprovementActionInput', { cycleId: owner.cycleId, normId: owner.normIds[1], ...ACTION }) });
  const [evidenceId, spareEvidenceId] = await Promise.all([
    uploadSmallPdf(stack.url, owner.officer.sessionCookie, 'Eigenaar-bewijs'),
    uploadSmallPdf(stack.url, owner.officer.sessionCookie, 'Eigenaar-reserve'),
  ]);
  const link = await owner.officer.ok(`mutation($i: LinkEvidenceInput!) { linkEvidence(input: $i) { id } }`, {
    i: await withMutationId(stack.url, 'LinkEvidenceInput', { evidenceId, improvementActionId: action.saveImprovementAction.id }),
  });
  const draft = await createDraftVersion(stack.orm.em.fork(), longRules());

  parties.officer = owner.officer;
  parties.manager = owner.manager;
  parties.lead = owner.lead;
  [parties.decider, parties.admin] = await Promise.all(
    [['commissie@swn.demo'], ['secretariaat@swn.demo']].map(async ([email]) => {
      const s = new GqlSession(stack.url);
      await s.login(email, 'demo-wachtwoord');
      return s;
    }),
  );

  const one = async (sql: string, params: unknown[]) => ((await conn().execute(sql, params))[0] as { id: string }).id;
  const notes = await owner.officer.ok(`{ notifications(first: 5) { nodes { id } } }`);
  target = {
    cycleId: owner.cycleId,
    organisationId: owner.org.organisation.id,
    normId: owner.normIds[0],
    answerId: await one(`select id from self_evaluation_answer where cycle_id = ? and norm_id = ?`, [owner.cycleId, owner.normIds[0]]),
    internalAuditId: owner.internalAuditId!,
    internalFindingId: await one(`select id from internal_audit_finding where internal_audit_id = ?`, [owner.internalAuditId]),
    auditFindingId: await one(`select id from audit_finding where cycle_id = ? and norm_id = ?`, [owner.cycleId, owner.normIds[0]]),
    improvementFindingId: await one(`select id from audit_finding where cycle_id = ? and norm_id = ?`, [owner.cycleId, owner.normIds[1]]),
    reportId: await one(`select id from audit_report where cycle_id = ? and kind = 'DRAFT'`, [owner.cycleId]),
    actionId: action.saveImprovementAction.id,
    evidenceId,
    spareEvidenceId,
    linkId: link.linkEvidence.id,
    draftVersionId: draft.id,
    publishedVersionId: owner.frameworkVersionId,
    certifyingInstitutionId: owner.ci.ci.id,
    leadAuditorId: owner.ci.lead.id,
    coAuditorId: owner.ci.co.id,
    internalAuditorId: owner.internalAuditorId,
    notificationIds: notes.notifications.nodes.map((n: { id: string }) => n.id),
    ...(await peerGroupOfOwner()),
    peerAuditorId: (
      await owner.officer.ok(`mutation($i: NominatePeerAuditorInput!) { nominatePeerAuditor(input: $i) { id } }`, {
        i: await withMutationId(stack.url, 'NominatePeerAuditorInput', { personId: owner.internalAuditorId }),
      })
    ).nominatePeerAuditor.id,
    // As an invitation during the self-evaluation would have left it; the cycle is past that now.
    invitationId: await one(
      `insert into respondent_invitation (id, cycle_id, respondent_id, layer, category_codes, due_date, invited_by_id)
       select gen_random_uuid(), c.id, u.id, 'BOARD', '{}', current_date, u.id from cycle c, app_user u where c.id = ? and u.email = ? returning id`,
      [owner.cycleId, owner.org.officer],
    ),
    ...(await learningOfOwner()),
  };
});

/** A team of the owner's organisation with a team lead in it, and learning time the owner's officer registered. */
async function learningOfOwner(): Promise<
  Pick<Target, 'teamId' | 'teamLeadId' | 'learningEntryId' | 'learningGoalId' | 'competencyId' | 'learningThemeId' | 'climateRoundId' | 'learningSessionId' | 'learningYearReportId' | 'learningEvidenceLinkId'>
> {
  const lead = await addOrganisationMember(stack.orm.em.fork(), owner.org.organisation, Role.ORG_TEAM_LEAD);
  parties.teamLead = new GqlSession(stack.url);
  await parties.teamLead.login(lead.email, PASSWORD);
  const made = async (name: string, inputType: string, input: Record<string, unknown>) =>
    (await owner.officer.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: await withMutationId(stack.url, inputType, input) }))[name].id as string;
  const teamId = await made('saveTeam', 'SaveTeamInput', { name: 'Fouten', memberIds: [lead.id] });
  // The report as the learning-year workflow stores it, linked as the self-evaluation would have linked it.
  const [{ id: learningYearReportId }] = await conn().execute(
    `insert into learning_year_report (id, organisation_id, year, content) values (gen_random_uuid(), ?, 2025, '{"teams":[],"themes":[],"scanRounds":[],"sessions":0,"normPercent":10,"minContributors":5}') returning id`,
    [owner.org.organisation.id],
  );
  const [{ id: learningEvidenceLinkId }] = await conn().execute(
    `insert into learning_evidence_link (id, cycle_id, norm_id, learning_year_report_id, linked_in_phase) select gen_random_uuid(), c.id, n.id, ?, 'SELF_EVALUATION'
       from cycle c join norm n on n.framework_version_id = c.framework_version_id where c.id = ? order by n.code limit 1 returning id`,
    [learningYearReportId, owner.cycleId],
  );
  return {
    learningYearReportId,
    learningEvidenceLinkId,
    teamId,
    climateRoundId: await made('openClimateScanRound', 'OpenClimateScanRoundInput', { period: 'Fouten', teamIds: [teamId] }),
    teamLeadId: lead.id,
    learningEntryId: await made('registerLearningTime', 'RegisterLearningTimeInput', { date: today(), hours: 1, kind: 'TRAINING' }),
    learningGoalId: await made('saveLearningGoal', 'SaveLearningGoalInput', { title: 'Fouten' }),
    learningThemeId: await made('proposeLearningTheme', 'ProposeLearningThemeInput', { title: 'Fouten' }),
    learningSessionId: await made('planLearningSession', 'PlanLearningSessionInput', { title: 'Fouten', kind: 'SESSION', date: inDays(7), hours: 1, participantIds: [lead.id] }),
    competencyId: ((await conn().execute(`select c.id from competency c join framework_version v on v.id = c.framework_version_id where v.status = 'PUBLISHED' limit 1`))[0] as { id: string }).id,
  };
}

/** The owner's organisation and two partners sign up with their partners known; the owner proposes, the sector body confirms. */
async function peerGroupOfOwner(): Promise<Pick<Target, 'peerGroupId' | 'peerSignUpIds' | 'partnerSignUpIds' | 'peerVisitId' | 'visitAuditorIds'>> {
  const run = async (who: GqlSession, name: string, inputType: string, input: Record<string, unknown>) =>
    (await who.ok(`mutation($i: ${inputType}!) { ${name}(input: $i) { id } }`, { i: await withMutationId(stack.url, inputType, input) }))[name].id as string;
  const signUp = (who: GqlSession) =>
    run(who, 'signUpForPeerReview', 'SignUpForPeerReviewInput', { periodFrom: inDays(30), periodUntil: inDays(120), fte: 20, region: 'Fouten', partnersKnown: true });
  // Each partner nominates its internal auditor as peer auditor with a training, for the owner's visit.
  const partnerOrgs = await Promise.all(
    ['Partner 1', 'Partner 2'].map(async (label) => {
      const org = await createOrganisation(stack.orm.em.fork(), label);
      const s = new GqlSession(stack.url);
      await s.login(org.officer, PASSWORD);
      const [person] = await conn().execute(`select id from app_user where email = ?`, [org.internalAuditor]);
      const auditorId = await run(s, 'nominatePeerAuditor', 'NominatePeerAuditorInput', { personId: person.id });
      await run(s, 'recordPeerAuditorTraining', 'RecordPeerAuditorTrainingInput', { peerAuditorId: auditorId, trainedOn: today(), provider: 'Opleider' });
      return { signUpId: await signUp(s), auditorId, internalAuditor: org.internalAuditor };
    }),
  );
  const partners = partnerOrgs.map((p) => p.signUpId);
  const visitAuditorIds = partnerOrgs.map((p) => p.auditorId);
  parties.pairAuditor = new GqlSession(stack.url);
  await parties.pairAuditor.login(partnerOrgs[0].internalAuditor, PASSWORD);
  const own = await signUp(owner.officer);
  const proposed = await run(owner.officer, 'proposePeerGroup', 'ProposePeerGroupInput', { partnerSignUpIds: partners });
  await run(parties.admin, 'confirmPeerGroup', 'PeerGroupCommandInput', { peerGroupId: proposed });
  const peerVisitId = await run(owner.officer, 'planPeerVisit', 'PlanPeerVisitInput', {
    peerGroupId: proposed,
    organisationId: owner.org.organisation.id,
    date: inDays(40),
    peerAuditorIds: visitAuditorIds,
  });
  return { peerGroupId: proposed, peerSignUpIds: [own, ...partners], partnerSignUpIds: partners, peerVisitId, visitAuditorIds };
}

afterAll(async () => {
  await stack?.stop();
  if (evidenceDir) rmSync(evidenceDir, { recursive: true, force: true });
});

// --- Coverage: the table follows the schema ---------------------------------------------------------------

describe('the table covers every ID the API takes', () => {
  it('has a row for every ID argument and ID input field of schema/schema.graphql, and none that is not there', () => {
    const inSchema = SLOTS.map(keyOf).sort();
    const inTable = Object.entries(OPERATIONS).flatMap(([operation, op]) => Object.keys(op.ids).map((p) => keyOf({ operation, path: p }))).sort();
    expect(inSchema.filter((k) => !inTable.includes(k))).toEqual([]);
    expect(inTable.filter((k) => !inSchema.includes(k))).toEqual([]);
    // Not vacuous: queries and mutations, references and lists are among them.
    expect(inSchema).toEqual(expect.arrayContaining(['cycle id', 'linkEvidence input.selfEvaluationAnswerId', 'planInternalAudit input.auditorIds', 'organisations filter.certifyingInstitutionId']));
    expect(SLOTS.find((s) => s.operation === 'planInternalAudit')?.list).toBe(true);
  });

  /** Operations that would succeed with every ID real (and change what the rows rely on): not sent here. */
  const CHANGES = ['submitImprovementPlan', 'saveImprovementAction', 'deleteImprovementAction', 'deleteEvidence', 'unlinkEvidence', 'addEvidenceVersion', 'markNotificationsRead', 'setCertifyingInstitutionAdmission', 'updateSchemeRules', 'updateVariantGuide', 'startCycle', 'archiveTeam', 'deleteLearningTime', 'deleteLearningGoal', 'confirmPeerVisit', 'closeClimateScanRound'];

  it('sends requests that pass when nothing is replaced, or are refused only by a rule: the IDs and the callers are right', async () => {
    // A request with every ID real gets no NOT_FOUND and no refusal of its shape, so the rows below fail for the one ID.
    for (const slot of SLOTS.filter((s, i, all) => all.findIndex((o) => o.operation === s.operation) === i)) {
      const op = OPERATIONS[slot.operation];
      if (CHANGES.includes(slot.operation)) continue;
      const r = await send(slot, parties[op.by], op.args(target, slot.path));
      const err = r.errors?.[0];
      const wrong = err && (['NOT_FOUND', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR'].includes(err.extensions.code) || /must be a UUID|Your role does not allow/.test(err.message));
      expect({ operation: slot.operation, refusal: wrong ? err : null }).toEqual({ operation: slot.operation, refusal: null });
    }
  });
});

// --- (a) malformed and (b) of nothing -----------------------------------------------------------------

const ROWS = SLOTS.filter((s) => OPERATIONS[s.operation]?.ids[s.path]).map((s) => [keyOf(s), s] as const);

describe('a value that cannot be an ID is BAD_USER_INPUT naming it, in queries and mutations alike', () => {
  it.each(ROWS)('%s', async (_key, slot) => {
    const op = OPERATIONS[slot.operation];
    const { field, name } = fieldOf(op, slot.path);
    const before = await fingerprint();
    const r = await send(slot, parties[op.by], withValue(op.args(target, slot.path), slot.path, slot.list ? ['not-an-id'] : 'not-an-id'));
    expectRefusal(r, { code: 'BAD_USER_INPUT', field, message: new RegExp(`^${escaped(field)}: (each value in )?${name} must be a UUID$`) });
    expect(r.status).toBe(200);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('an ID of nothing is NOT_FOUND, naming the field when it is a reference', () => {
  it.each(ROWS)('%s', async (_key, slot) => {
    const op = OPERATIONS[slot.operation];
    const { what, reference } = op.ids[slot.path];
    const before = await fingerprint();
    const r = await send(slot, parties[op.by], withValue(op.args(target, slot.path), slot.path, slot.list ? [randomUUID()] : randomUUID()));
    expectRefusal(r, { code: 'NOT_FOUND', message: `${what} was not found.`, field: reference ? fieldOf(op, slot.path).field : undefined });
    expect(Object.keys(r.errors![0].extensions).sort()).toEqual(reference ? ['code', 'field'] : ['code']);
    expect(await fingerprint()).toEqual(before);
  });
});

// --- IDs that exist but are someone else's ------------------------------------------------------------

/**
 * The neighbour names the owner's things inside requests that are otherwise its own (its own cycle, its own
 * evidence). Each answer is exactly that for an ID of nothing in the same place, however much else would be
 * wrong: linking the owner's answer into the neighbour's own cycle must not say "not the cycle of the item".
 */
const FOREIGN: [label: string, operation: string, by: 'officer' | 'manager', args: (t: Target, own: Own) => Record<string, unknown>, slot: string][] = [
  ["the owner's answer, with its own cycleId", 'linkEvidence', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, cycleId: o.cycleId, selfEvaluationAnswerId: t.answerId } }), 'input.selfEvaluationAnswerId'],
  ["the owner's internal audit finding, with its own cycleId", 'linkEvidence', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, cycleId: o.cycleId, internalAuditFindingId: t.internalFindingId } }), 'input.internalAuditFindingId'],
  ["the owner's action, with its own cycleId", 'linkEvidence', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, cycleId: o.cycleId, improvementActionId: t.actionId } }), 'input.improvementActionId'],
  ["the owner's answer, without a cycleId", 'linkEvidence', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, selfEvaluationAnswerId: t.answerId } }), 'input.selfEvaluationAnswerId'],
  ["its own evidence to the owner's cycle", 'linkEvidence', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, cycleId: t.cycleId, normId: t.normId } }), 'input.cycleId'],
  ["its own file as the next version of the owner's", 'addEvidenceVersion', 'officer', (t, o) => ({ input: { evidenceId: o.evidenceId, previousEvidenceId: t.evidenceId } }), 'input.previousEvidenceId'],
  ["the owner's evidence as still valid in its own cycle", 'confirmEvidenceStillValid', 'officer', (t, o) => ({ input: { cycleId: o.cycleId, evidenceId: t.evidenceId, stillValid: true } }), 'input.evidenceId'],
  ["the owner's action in its own cycle", 'saveImprovementAction', 'officer', (t, o) => ({ input: { cycleId: o.cycleId, actionId: t.actionId, ...ACTION } }), 'input.actionId'],
  ["the owner's people as internal auditors of its own cycle", 'planInternalAudit', 'officer', (t, o) => ({ input: { cycleId: o.cycleId, unit: 'Team', plannedDate: today(), auditorIds: [t.internalAuditorId] } }), 'input.auditorIds'],
  ["the owner's learning point as the source of a theme", 'proposeLearningTheme', 'officer', (t) => ({ input: { title: 'Van elders', internalAuditFindingId: t.internalFindingId } }), 'input.internalAuditFindingId'],
  ["the owner's action as the source of a theme", 'proposeLearningTheme', 'officer', (t) => ({ input: { title: 'Van elders', improvementActionId: t.actionId } }), 'input.improvementActionId'],
  ["the owner's learning year report, into its own cycle", 'linkLearningEvidence', 'officer', (t, o) => ({ input: { cycleId: o.cycleId, normId: t.normId, learningYearReportId: t.learningYearReportId } }), 'input.learningYearReportId'],
  ["the owner's scan round, into its own cycle", 'linkLearningEvidence', 'officer', (t, o) => ({ input: { cycleId: o.cycleId, normId: t.normId, climateScanRoundId: t.climateRoundId } }), 'input.climateScanRoundId'],
  ["the owner's institution's auditors on its own cycle", 'acceptEngagement', 'manager', (t, o) => ({ input: { cycleId: o.cycleId, leadAuditorId: t.leadAuditorId, coAuditorId: o.coAuditorId } }), 'input.leadAuditorId'],
];

interface Own {
  cycleId: string;
  evidenceId: string;
  coAuditorId: string;
}
let own: Own;

describe('an ID of something the caller may not see answers exactly as an ID of nothing, whatever else is wrong', () => {
  beforeAll(async () => {
    own = { cycleId: neighbour.cycleId, evidenceId: await uploadSmallPdf(stack.url, neighbour.officer.sessionCookie, 'Buurman-bewijs'), coAuditorId: neighbour.ci.co.id };
  });

  it.each(FOREIGN)('%s (%s)', async (_label, operation, by, args, slotPath) => {
    const slot = SLOTS.find((s) => s.operation === operation && s.path === slotPath)!;
    const who = by === 'officer' ? neighbour.officer : neighbour.manager;
    const before = await fingerprint();
    const real = await send(slot, who, args(target, own));
    const nothing = await send(slot, who, withValue(args(target, own), slotPath, slot.list ? [randomUUID()] : randomUUID()));
    const field = slotPath.split('.').pop();
    expectRefusal(real, { code: 'NOT_FOUND', message: `${OPERATIONS[operation].ids[slotPath].what} was not found.`, field });
    expect({ message: real.errors![0].message, extensions: real.errors![0].extensions }).toEqual({ message: nothing.errors![0].message, extensions: nothing.errors![0].extensions });
    expect(await fingerprint()).toEqual(before);
  });

  it('what the caller may see but not use here is refused by its rule, naming the field', async () => {
    // Norms of a published version are everyone's to see: the neighbour's norm in the owner's plan is the wrong norm, not an unknown one.
    const slot = SLOTS.find((s) => s.operation === 'saveImprovementAction' && s.path === 'input.normId')!;
    const r = await send(slot, owner.officer, { input: { cycleId: target.cycleId, normId: neighbour.normIds[0], ...ACTION } });
    expectRefusal(r, { code: 'BAD_USER_INPUT', field: 'normId', message: "This norm is not part of the cycle's framework version." });
    // The manager's own colleague who is not an auditor is found, and refused as lead auditor.
    const accept = SLOTS.find((s) => s.operation === 'acceptEngagement' && s.path === 'input.leadAuditorId')!;
    const [managerRow] = await conn().execute(`select id from app_user where email = ?`, [neighbour.ci.manager]);
    const asLead = await send(accept, neighbour.manager, { input: { cycleId: own.cycleId, leadAuditorId: managerRow.id, coAuditorId: own.coAuditorId } });
    expectRefusal(asLead, { code: 'BAD_USER_INPUT', field: 'leadAuditorId', message: 'Choose an auditor of your own certifying institution.' });
    // The owner's own answer named with a cycle it may see that is not the answer's: the rule, not "not found".
    const link = SLOTS.find((s) => s.operation === 'linkEvidence' && s.path === 'input.cycleId')!;
    const wrongCycle = await send(link, owner.officer, { input: { evidenceId: target.evidenceId, cycleId: await closedCycleOfOwner(), selfEvaluationAnswerId: target.answerId } });
    expectRefusal(wrongCycle, { code: 'BAD_USER_INPUT', field: 'cycleId', message: 'This is not the cycle of the item you link to; leave cycleId out.' });
  });
});

/** An earlier, closed cycle of the owner's organisation (as after a recertification), which its members may see. */
async function closedCycleOfOwner(): Promise<string> {
  const em = stack.orm.em.fork();
  const open = await em.findOneOrFail(Cycle, { id: target.cycleId });
  const { variant, wholeOrganisation, scopeUnits, fte } = open;
  const earlier = em.create(Cycle, {
    organisation: open.organisation,
    frameworkVersion: open.frameworkVersion,
    startedBy: open.startedBy,
    ...{ variant, wholeOrganisation, scopeUnits, fte },
    phase: 'EXPIRED',
    closedAt: new Date(),
  });
  await em.flush();
  return earlier.id;
}
