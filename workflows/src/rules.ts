/**
 * Pure process rules of the certification cycle. No I/O, no clock: the workflow and the server both call
 * these, so a command is judged the same way before it is sent and when it is applied.
 */

export const PHASES = [
  'PREPARATION',
  'SELF_EVALUATION',
  'INTERNAL_AUDIT',
  'EXTERNAL_AUDIT',
  'IMPROVEMENT_PLAN',
  'DECISION',
  'CERTIFIED',
  'REFUSED',
  'EXPIRED',
  'WITHDRAWN',
  'RENEWED',
] as const;
export type Phase = (typeof PHASES)[number];

/** Phases after which the cycle's workflow ends. */
export const FINAL_PHASES: readonly Phase[] = ['REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'];

/** Where a phase stands inside itself: who is to act next. */
export const STEPS = [
  // EXTERNAL_AUDIT
  'AWAITING_ENGAGEMENT',
  'ENGAGEMENT_REQUESTED',
  'SCHEDULING',
  'DATES_PROPOSED',
  'AUDITING',
  'AWAITING_REPLY',
  'REPLIED',
  // IMPROVEMENT_PLAN
  'DRAFTING',
  'SUBMITTED',
  // DECISION
  'AWAITING_DECISION',
  'DEFERRED',
  // CERTIFIED
  'VALID',
  'SUSPENDED',
] as const;
export type Step = (typeof STEPS)[number];

export const VARIANTS = ['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED'] as const;
export type Variant = (typeof VARIANTS)[number];

export const SCORES = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'] as const;
export type Score = (typeof SCORES)[number];

export const ADVICES = ['POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE'] as const;
export type Advice = (typeof ADVICES)[number];

export const DECISIONS = ['AWARD', 'REFUSE', 'DEFER'] as const;
export type Decision = (typeof DECISIONS)[number];

export const PLAN_REVIEWS = ['ACCEPT', 'RETURN'] as const;
export type PlanReview = (typeof PLAN_REVIEWS)[number];

/** Refusal codes a command can get from the process; the server maps them to `extensions.code`. */
export const REFUSALS = ['WRONG_PHASE', 'INCOMPLETE', 'NOT_ALLOWED', 'CONFLICT', 'BAD_USER_INPUT'] as const;
export type RefusalCode = (typeof REFUSALS)[number];

export type Command =
  | 'completePreparation'
  | 'submitSelfEvaluation'
  | 'completeInternalAudit'
  | 'engageCertifyingInstitution'
  | 'acceptEngagement'
  | 'proposeAuditDates'
  | 'confirmAuditDate'
  | 'issueDraftReport'
  | 'replyToDraftReport'
  | 'issueFinalReport'
  | 'submitImprovementPlan'
  | 'reviewImprovementPlan'
  | 'decideCertification'
  | 'suspendCertificate'
  | 'reinstateCertificate'
  | 'withdrawCertificate';

export interface Position {
  phase: Phase;
  step: Step | null;
}

/**
 * Where each command may be given: the phase, and within it the steps (none listed: any step).
 * This table is the whole answer to "is this allowed now?".
 */
export const ALLOWED: Record<Command, { phase: Phase; steps?: readonly Step[] }> = {
  completePreparation: { phase: 'PREPARATION' },
  submitSelfEvaluation: { phase: 'SELF_EVALUATION' },
  completeInternalAudit: { phase: 'INTERNAL_AUDIT' },
  engageCertifyingInstitution: { phase: 'EXTERNAL_AUDIT', steps: ['AWAITING_ENGAGEMENT'] },
  acceptEngagement: { phase: 'EXTERNAL_AUDIT', steps: ['ENGAGEMENT_REQUESTED'] },
  proposeAuditDates: { phase: 'EXTERNAL_AUDIT', steps: ['SCHEDULING', 'DATES_PROPOSED'] },
  confirmAuditDate: { phase: 'EXTERNAL_AUDIT', steps: ['DATES_PROPOSED'] },
  issueDraftReport: { phase: 'EXTERNAL_AUDIT', steps: ['AUDITING'] },
  replyToDraftReport: { phase: 'EXTERNAL_AUDIT', steps: ['AWAITING_REPLY'] },
  // The final report may follow the reply, or the end of the reply window without one.
  issueFinalReport: { phase: 'EXTERNAL_AUDIT', steps: ['REPLIED', 'AWAITING_REPLY'] },
  submitImprovementPlan: { phase: 'IMPROVEMENT_PLAN', steps: ['DRAFTING'] },
  reviewImprovementPlan: { phase: 'IMPROVEMENT_PLAN', steps: ['SUBMITTED'] },
  decideCertification: { phase: 'DECISION' },
  suspendCertificate: { phase: 'CERTIFIED', steps: ['VALID'] },
  reinstateCertificate: { phase: 'CERTIFIED', steps: ['SUSPENDED'] },
  withdrawCertificate: { phase: 'CERTIFIED' },
};

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export function positionRefusal(command: Command, at: Position): Refusal | null {
  const allowed = ALLOWED[command];
  if (at.phase === allowed.phase && (!allowed.steps || (at.step !== null && allowed.steps.includes(at.step)))) return null;
  const where = allowed.steps ? `${allowed.phase} (${allowed.steps.join(' or ')})` : allowed.phase;
  const now = at.step ? `${at.phase} (${at.step})` : at.phase;
  return { code: 'WRONG_PHASE', message: `${command} is only possible in ${where}; this cycle is in ${now}.` };
}


export interface PreparationFacts {
  variant: Variant | null;
  scopeUnits: string[] | null;
  wholeOrganisation: boolean;
  fte: number | null;
  frameworkVersionId: string | null;
}

/** What preparation still lacks; empty when the cycle may move on to self-evaluation. */
export function missingPreparation(facts: PreparationFacts): string[] {
  const missing: string[] = [];
  if (!facts.variant) missing.push('variant');
  if (!facts.wholeOrganisation && (!facts.scopeUnits || facts.scopeUnits.length === 0)) missing.push('scope');
  if (facts.fte === null || !(facts.fte > 0)) missing.push('fte');
  if (!facts.frameworkVersionId) missing.push('frameworkVersion');
  return missing;
}

/** Norms in scope that have no score yet; submit needs this list to be empty. */
export function unscoredNorms(normIdsInScope: readonly string[], scoredNormIds: readonly string[]): string[] {
  const scored = new Set(scoredNormIds);
  return normIdsInScope.filter((id) => !scored.has(id));
}

export interface InternalAuditCounts {
  planned: number;
  done: number;
  cancelled: number;
}

/** Internal audit is complete when every planned audit is done or cancelled, and at least one was done. */
export function internalAuditIncomplete(c: InternalAuditCounts): string | null {
  if (c.done === 0) return 'At least one internal audit must be done.';
  if (c.planned > 0) return `${c.planned} planned internal audit(s) are neither done nor cancelled.`;
  return null;
}

export interface AuditDaysBand {
  maxFte: number | null;
  days: number;
}

/** Audit days from the scheme's FTE table: the first band whose upper bound covers the FTE. */
export function auditDaysFor(fte: number, table: readonly AuditDaysBand[]): number | null {
  const sorted = [...table].sort((a, b) => (a.maxFte ?? Infinity) - (b.maxFte ?? Infinity));
  const band = sorted.find((b) => b.maxFte === null || fte <= b.maxFte);
  return band ? band.days : null;
}

export interface Progress {
  done: number;
  total: number;
  percent: number;
}

export function progressOf(done: number, total: number): Progress {
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return { done, total, percent };
}

/** The stages of the whole cycle as people know them (PRODUCT.md §3), shown as the cycle's timeline. */
export const STAGES = [
  'PREPARATION',
  'SELF_EVALUATION',
  'INTERNAL_AUDIT',
  'EXTERNAL_AUDIT',
  'IMPROVEMENT_PLAN',
  'DECISION',
  'CERTIFIED',
] as const;
export type Stage = (typeof STAGES)[number];

/** The stage a phase belongs to on the timeline; the ends of a cycle sit on its last stages. */
const STAGE_OF_PHASE: Record<Phase, Stage> = {
  PREPARATION: 'PREPARATION',
  SELF_EVALUATION: 'SELF_EVALUATION',
  INTERNAL_AUDIT: 'INTERNAL_AUDIT',
  EXTERNAL_AUDIT: 'EXTERNAL_AUDIT',
  IMPROVEMENT_PLAN: 'IMPROVEMENT_PLAN',
  DECISION: 'DECISION',
  REFUSED: 'DECISION',
  CERTIFIED: 'CERTIFIED',
  EXPIRED: 'CERTIFIED',
  WITHDRAWN: 'CERTIFIED',
  RENEWED: 'CERTIFIED',
};

export type StepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

export function timeline(phase: Phase): { stage: Stage; status: StepStatus }[] {
  const current = STAGES.indexOf(STAGE_OF_PHASE[phase]);
  const finished = FINAL_PHASES.includes(phase);
  return STAGES.map((stage, i) => ({
    stage,
    status: i < current || (finished && i === current) ? 'DONE' : i === current ? 'CURRENT' : 'UPCOMING',
  }));
}

/** Who is to act next in a position; drives "waiting on whom" and deadline reminders. */
export const PARTIES = ['ORGANISATION', 'CERTIFYING_INSTITUTION', 'SECTOR_BODY', 'NOBODY'] as const;
export type Party = (typeof PARTIES)[number];

export function waitingOn(at: Position): Party {
  switch (at.phase) {
    case 'PREPARATION':
    case 'SELF_EVALUATION':
    case 'INTERNAL_AUDIT':
      return 'ORGANISATION';
    case 'EXTERNAL_AUDIT':
      return at.step === 'AWAITING_ENGAGEMENT' || at.step === 'DATES_PROPOSED' || at.step === 'AWAITING_REPLY'
        ? 'ORGANISATION'
        : 'CERTIFYING_INSTITUTION';
    case 'IMPROVEMENT_PLAN':
      return at.step === 'SUBMITTED' ? 'CERTIFYING_INSTITUTION' : 'ORGANISATION';
    case 'DECISION':
      return 'SECTOR_BODY';
    default:
      return 'NOBODY';
  }
}

export const DURATION_UNITS = ['SECONDS', 'DAYS', 'WEEKS', 'MONTHS'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface SchemeDuration {
  amount: number;
  unit: DurationUnit;
}

/** The scheme's durations a cycle runs with, pinned from its framework version at start. */
export interface CycleDurations {
  certificateValidity: SchemeDuration;
  recertificationReminder: SchemeDuration;
  selfEvaluationWindow: SchemeDuration;
  draftReportReplyWindow: SchemeDuration;
  improvementPlanDue: SchemeDuration;
}

const DAY_MS = 86_400_000;

/** A moment plus (or minus, with sign -1) a scheme duration; months follow the calendar. */
export function shiftBy(fromMs: number, d: SchemeDuration, sign: 1 | -1 = 1): number {
  switch (d.unit) {
    case 'SECONDS':
      return fromMs + sign * d.amount * 1000;
    case 'DAYS':
      return fromMs + sign * d.amount * DAY_MS;
    case 'WEEKS':
      return fromMs + sign * d.amount * 7 * DAY_MS;
    case 'MONTHS': {
      const date = new Date(fromMs);
      date.setUTCMonth(date.getUTCMonth() + sign * d.amount);
      return date.getTime();
    }
  }
}

/** A reminder goes out when a quarter of a window is left. */
export function reminderMoment(startMs: number, dueMs: number): number {
  return dueMs - Math.floor((dueMs - startMs) / 4);
}
