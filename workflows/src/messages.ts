import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Advice, CycleDurations, Decision, Phase, PlanReview, PreparationChoice, PreparationFacts, SchemeDuration, Step } from './rules';

/**
 * Messages shared by the workflow and the server. Commands a person waits for are Updates (the server
 * returns their result); reads go to PostgreSQL, the `state` query exists for operators, tests and the reconcile.
 */

export interface CycleWorkflowInput {
  cycleId: string;
  organisationId: string;
  startedBy: string;
  durations: CycleDurations;
  /** The certified cycle this one renews, told when this one is awarded. */
  previousCycleId?: string | null;
  /**
   * Set only when a lost Temporal store is rebuilt from the projection: the workflow starts where the cycle
   * stands instead of at the start, and projects no start of its own.
   */
  resume?: CycleResume | null;
}

/** Where a rebuilt cycle stands, as its projection in PostgreSQL holds it. */
export interface CycleResume {
  phase: Phase;
  step: Step | null;
  /** The last projected transition: the next one the workflow projects is seq + 1. */
  seq: number;
  deadline: { kind: 'SELF_EVALUATION' | 'DRAFT_REPORT_REPLY' | 'IMPROVEMENT_PLAN'; startMs: number; dueMs: number; escalated: boolean } | null;
  proposedDates: string[];
  engagedAtMs: number | null;
  confirmedAuditDate: string | null;
  leadAuditorId: string | null;
  coAuditorId: string | null;
  certificate: { number: string; validFromMs: number; validUntilMs: number } | null;
  nextCycleId: string | null;
  /** Respondents' reminders not yet sent; absent in resumes from before respondents. */
  respondentReminders?: RespondentsInvitedArgs[];
  /** The end of a registered peer assessment's validity; absent in resumes from before the peer path. */
  registrationValidUntilMs?: number | null;
}

export interface CommandArgs {
  /** The user on whose behalf the command runs, recorded in the audit trail. */
  actorId: string;
}

export interface CompletePreparationArgs extends CommandArgs {
  /** The facts as they will stand: with the choice applied when one is made. */
  preparation: PreparationFacts;
  /** The variant and scope chosen through the decision tree; absent keeps those the cycle started with. */
  choice?: PreparationChoice | null;
}

export interface EngageArgs extends CommandArgs {
  certifyingInstitutionId: string;
}

export interface AcceptEngagementArgs extends CommandArgs {
  leadAuditorId: string;
  coAuditorId: string;
  /** From the scheme's FTE table. */
  computedAuditDays: number;
  auditDays: number;
  /** Required when auditDays differs from computedAuditDays. */
  overrideReason: string | null;
}

export interface ProposeAuditDatesArgs extends CommandArgs {
  /** ISO dates (YYYY-MM-DD). */
  dates: string[];
}

export interface ConfirmAuditDateArgs extends CommandArgs {
  date: string;
}

export interface ReportContent {
  summary: string;
  strengths: string;
  improvementPoints: string;
}

export type IssueDraftReportArgs = CommandArgs & { report: ReportContent };
export type IssueFinalReportArgs = CommandArgs & { report: ReportContent; advice: Advice };

export interface ReplyArgs extends CommandArgs {
  reply: string;
}

export interface ReviewPlanArgs extends CommandArgs {
  review: PlanReview;
  comments: string;
}

export interface DecideArgs extends CommandArgs {
  decision: Decision;
  reason: string;
}

export interface ReasonArgs extends CommandArgs {
  reason: string;
}

export interface CycleStateView {
  cycleId: string;
  phase: Phase;
  step: Step | null;
  /** Transition sequence number; the projection in PostgreSQL is keyed on it. */
  seq: number;
  dueAt: string | null;
  /** True once the running deadline has passed. */
  overdue: boolean;
  certificateValidUntil: string | null;
  nextCycleId: string | null;
  leadAuditorId: string | null;
  coAuditorId: string | null;
  proposedDates: string[];
  confirmedAuditDate: string | null;
}

/** The type of a command's Update definition, for code that registers handlers generically. */
export type CommandUpdate<A extends CommandArgs> = ReturnType<typeof defineUpdate<CycleStateView, [A]>>;

export const completePreparationUpdate = defineUpdate<CycleStateView, [CompletePreparationArgs]>('completePreparation');
export const submitSelfEvaluationUpdate = defineUpdate<CycleStateView, [CommandArgs]>('submitSelfEvaluation');
export const completeInternalAuditUpdate = defineUpdate<CycleStateView, [CommandArgs]>('completeInternalAudit');
export const engageUpdate = defineUpdate<CycleStateView, [EngageArgs]>('engageCertifyingInstitution');
export const acceptEngagementUpdate = defineUpdate<CycleStateView, [AcceptEngagementArgs]>('acceptEngagement');
export const declineEngagementUpdate = defineUpdate<CycleStateView, [ReasonArgs]>('declineEngagement');
export const proposeAuditDatesUpdate = defineUpdate<CycleStateView, [ProposeAuditDatesArgs]>('proposeAuditDates');
export const confirmAuditDateUpdate = defineUpdate<CycleStateView, [ConfirmAuditDateArgs]>('confirmAuditDate');
export const issueDraftReportUpdate = defineUpdate<CycleStateView, [IssueDraftReportArgs]>('issueDraftReport');
export const replyToDraftReportUpdate = defineUpdate<CycleStateView, [ReplyArgs]>('replyToDraftReport');
export const issueFinalReportUpdate = defineUpdate<CycleStateView, [IssueFinalReportArgs]>('issueFinalReport');
export const submitImprovementPlanUpdate = defineUpdate<CycleStateView, [CommandArgs]>('submitImprovementPlan');
export const reviewImprovementPlanUpdate = defineUpdate<CycleStateView, [ReviewPlanArgs]>('reviewImprovementPlan');
export const decideCertificationUpdate = defineUpdate<CycleStateView, [DecideArgs]>('decideCertification');
export const suspendCertificateUpdate = defineUpdate<CycleStateView, [ReasonArgs]>('suspendCertificate');
export const reinstateCertificateUpdate = defineUpdate<CycleStateView, [ReasonArgs]>('reinstateCertificate');
export const withdrawCertificateUpdate = defineUpdate<CycleStateView, [ReasonArgs]>('withdrawCertificate');

/** Answers once the workflow has recorded its start, so `startCycle` returns a cycle whose trail exists. */
export const startedUpdate = defineUpdate<CycleStateView, []>('started');

/** Sent by the next cycle's workflow when it is awarded: this cycle's certificate is replaced. */
export const certificateRenewedSignal = defineSignal<[{ byCycleId: string }]>('certificateRenewed');

/** What the cycle needs to remind respondents: when they were invited and when their answers are due. */
export interface RespondentsInvitedArgs {
  /** ISO moment of the invitation (the rows' creation time). */
  invitedAt: string;
  /** The due date as the organisation gave it (YYYY-MM-DD): the reminder names the invitations with it. */
  dueDate: string;
  /** ISO moment the due date ends. */
  dueAt: string;
}

/**
 * Sent by the api when respondents are invited: the workflow reminds those not yet submitted when a quarter
 * of the time to their due date is left. Fire-and-forget; a signal twice gives one reminder per invitation.
 */
/** The type of a signal's definition, for the server's one way of sending them. */
export type CycleSignal<A> = ReturnType<typeof defineSignal<[A]>>;

export const respondentsInvitedSignal = defineSignal<[RespondentsInvitedArgs]>('respondentsInvited');

// --- The peer path (variant PEER_REVIEW) ---

/** What the peer group's workflow tells each member cycle: which group, and what it reached. */
export interface PeerGroupArgs {
  groupId: string;
}

/** The sector body formed the group (or confirmed the members' proposal). */
export const peerGroupFormedSignal = defineSignal<[PeerGroupArgs]>('peerGroupFormed');
/** Every visit of the group has its date confirmed: the visit schedule is agreed. */
export const peerVisitsAgreedSignal = defineSignal<[PeerGroupArgs]>('peerVisitsAgreed');
/** Every learning report of the group is final: the assessments can be registered. */
export const peerReportsFinalSignal = defineSignal<[PeerGroupArgs]>('peerReportsFinal');

export interface RegisterPeerReviewArgs extends CommandArgs {
  /** The register entry the sector body made (the peer review registration's ID). */
  registrationId: string;
  /** ISO moment the entry stops being valid; the cycle expires then. */
  validUntil: string;
}

/**
 * Sent by the api when the sector body registers the organisation's peer assessment, in the registration's
 * own transaction: refused unless every learning report of the group is final (peerRegistrationRefusal).
 */
export const registerPeerReviewUpdate = defineUpdate<CycleStateView, [RegisterPeerReviewArgs]>('registerPeerReview');

/** The peer group's workflow: one per formed group, coordinating its members' cycles. */
export interface PeerGroupWorkflowInput {
  groupId: string;
  durations: PeerGroupDurations;
}

/** How long a formed group has to agree its visits and to make its learning reports final (scheme data). */
export interface PeerGroupDurations {
  visitScheduling: SchemeDuration;
  reporting: SchemeDuration;
  /** How often the group looks at its progress itself, should a progress signal have been lost. */
  progressCheck: SchemeDuration;
}

/** Sent by the api after a visit of the group is confirmed or a learning report is made final. */
export const peerGroupProgressSignal = defineSignal<[]>('peerGroupProgress');

export interface PeerGroupStateView {
  groupId: string;
  stage: 'FORMED' | 'VISITS_AGREED' | 'REPORTS_FINAL';
  memberCycleIds: string[];
}

export const peerGroupStateQuery = defineQuery<PeerGroupStateView>('peerGroupState');

export const cycleStateQuery = defineQuery<CycleStateView>('state');
