import type { Advice, Decision, Phase, PlanReview, Step, Variant, VariantChoiceRecord } from './rules';
import type { CycleWorkflowInput, ReportContent } from './messages';

/**
 * The ports the cycle workflow needs. Only the interface lives here; the server implements it
 * (database projection, checks, notifications), so this package stays free of I/O.
 */

/** Column changes on the cycle's projection that come with a transition. */
export interface CyclePatch {
  step?: Step | null;
  variant?: Variant;
  wholeOrganisation?: boolean;
  scopeUnits?: string[];
  variantChoice?: VariantChoiceRecord;
  /** null when the institution declined the engagement: the cycle waits for a new one. */
  certifyingInstitutionId?: string | null;
  leadAuditorId?: string;
  coAuditorId?: string;
  auditDays?: number;
  auditDaysComputed?: number;
  auditDaysOverrideReason?: string | null;
  proposedAuditDates?: string[];
  confirmedAuditDate?: string;
  /** ISO moment the current deadline falls due, or null when none runs. */
  dueAt?: string | null;
  overdue?: boolean;
  advice?: Advice;
  decision?: Decision;
  decisionReason?: string;
  /** Set when the cycle stops being the organisation's current one. */
  closed?: boolean;
}

/** Content written together with a transition, exactly once (keyed by the transition). */
export interface TransitionEffects {
  cycle?: CyclePatch;
  report?: ReportContent & { kind: 'DRAFT' | 'FINAL'; advice: Advice | null };
  reply?: { text: string };
  planReview?: { review: PlanReview; comments: string };
  /** A status change of the cycle's certificate (issuing it is the issueCertificate activity). */
  certificate?: { status: 'VALID' | 'SUSPENDED' | 'WITHDRAWN' | 'EXPIRED' | 'RENEWED'; reason: string };
}

/**
 * What happened or what is asked, as a code and its data: the workflow never writes sentences. The server
 * words it in the reader's language when it is read (and in Dutch for mail and the stored fallback).
 */
export interface ProcessMessage {
  code: string;
  params?: Record<string, string | number>;
}

export interface TransitionRecord {
  cycleId: string;
  seq: number;
  fromPhase: Phase | null;
  toPhase: Phase;
  command: string;
  /** The user who caused it; null for the workflow's own timers. */
  actorId: string | null;
  /** Workflow time of the transition (deterministic), as ISO 8601. */
  at: string;
  event?: ProcessMessage;
  /** Only in records from before events had codes: the Dutch sentence itself. */
  summary?: string;
  effects?: TransitionEffects;
}

export type Audience = 'ORGANISATION' | 'CERTIFYING_INSTITUTION' | 'AUDITORS' | 'SECTOR_BODY' | 'SECTOR_DECIDERS';

export interface NotificationRequest {
  cycleId: string;
  /** Unique per cycle and occasion, so a retried activity notifies once. */
  key: string;
  audience: Audience[];
  kind: 'REMINDER' | 'OVERDUE' | 'TRANSITION' | 'RECERTIFICATION' | 'EXPIRED';
  message?: ProcessMessage;
  /** Only in requests from before messages had codes: the Dutch texts themselves. */
  title?: string;
  body?: string;
}

export interface CycleActivities {
  /** Writes one transition and its effects; applying the same `seq` twice changes nothing. */
  projectTransition(record: TransitionRecord): Promise<void>;
  /**
   * Locks the self-evaluation answers if every norm in scope is scored, in one database transaction.
   * Returns the codes of the norms still unscored (empty when locked). Locking twice is harmless.
   */
  lockSelfEvaluation(input: { cycleId: string }): Promise<{ unscoredNormCodes: string[] }>;
  /** Counts of the cycle's internal audits by status. */
  countInternalAudits(input: { cycleId: string }): Promise<{ planned: number; done: number; cancelled: number }>;
  /** Norm codes without an external-audit finding. */
  missingAuditFindings(input: { cycleId: string }): Promise<{ normCodes: string[] }>;
  /** Findings below MEETS (norm codes) that have no improvement action yet. */
  uncoveredImprovementPoints(input: { cycleId: string }): Promise<{ normCodes: string[] }>;
  /** Stores in-app notifications for the audience (and mails them when SMTP is set up). */
  notify(request: NotificationRequest): Promise<void>;
  /**
   * Reminds each respondent of the cycle invited with this due date, at or before `invitedAt`, who has not
   * submitted, while the self-evaluation is open; once per invitation however often it runs.
   */
  remindRespondents(input: { cycleId: string; dueDate: string; invitedAt: string }): Promise<void>;
  /**
   * Mails the invitations of the cycle made at `invitedAt` (one inviteRespondents) when SMTP is set up; their
   * in-app notices were stored with them. Nothing to do without a mailer.
   */
  mailRespondentInvitations(input: { cycleId: string; invitedAt: string }): Promise<void>;
  /** Issues the certificate and its register entry; idempotent per cycle. Returns its number. */
  issueCertificate(input: { cycleId: string; validFrom: string; validUntil: string }): Promise<{ number: string }>;
  /**
   * Opens the next cycle from this one in the database (carrying over open actions); idempotent. Returns
   * the input its workflow starts with, which this workflow then starts as an abandoned child.
   */
  openNextCycle(input: { cycleId: string }): Promise<{ nextCycleId: string; workflowInput: CycleWorkflowInput }>;
  /** The cycle's variant as it stands (chosen at the start or in the preparation): it picks the path after the internal audit. */
  cycleVariant(input: { cycleId: string }): Promise<{ variant: Variant }>;
}

/** How far a peer group is, read from its visits and learning reports. */
export interface PeerGroupProgressFacts {
  /** The cycles linked to the group's members (through their sign-ups); members without one have none here. */
  memberCycleIds: string[];
  members: number;
  visitsConfirmed: number;
  reportsFinal: number;
}

/** The ports of the peer group's workflow. */
export interface PeerGroupActivities {
  peerGroupProgress(input: { groupId: string }): Promise<PeerGroupProgressFacts>;
  /** Reminds the group's members (through their cycles' notifications) of a running group deadline. */
  notifyPeerGroup(input: { groupId: string; key: string; kind: 'REMINDER' | 'OVERDUE'; message: ProcessMessage }): Promise<void>;
}

/** What one reconcile run found and did, in figures (the lines are in the worker's log). */
export interface ReconcileSummary {
  checked: number;
  agreed: number;
  repaired: number;
  /** Cycles that need a person or `cycles:rebuild`: no workflow, or a workflow that knows less than the projection. */
  unresolved: number;
}

/** The port of the scheduled repair: compare every open cycle's workflow with its projection and repair it. */
export interface ReconcileActivities {
  reconcileCycles(input: { dryRun: boolean }): Promise<ReconcileSummary>;
}
