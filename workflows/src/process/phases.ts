/**
 * The vocabulary of the process: phases and the steps inside them, the parties, and the values commands
 * carry. Everything else in the model is expressed in these terms.
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

export interface Position {
  phase: Phase;
  step: Step | null;
}

/** "EXTERNAL_AUDIT (AUDITING)": how refusals name a position. */
export const describePosition = (at: Position): string => (at.step ? `${at.phase} (${at.step})` : at.phase);

/** True when `phase` comes later in the cycle than `than`. */
export const isAfter = (phase: Phase, than: Phase): boolean => PHASES.indexOf(phase) > PHASES.indexOf(than);

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

/** The parties of the cycle; NOBODY when no one has to act. */
export const PARTIES = ['ORGANISATION', 'CERTIFYING_INSTITUTION', 'SECTOR_BODY', 'NOBODY'] as const;
export type Party = (typeof PARTIES)[number];

/**
 * Refusal codes the process gives; the server maps them to `extensions.code`. LOCKED: the content was
 * submitted and is fixed now; WRONG_PHASE: not (yet) possible where the cycle stands.
 */
export const REFUSALS = ['WRONG_PHASE', 'INCOMPLETE', 'NOT_ALLOWED', 'CONFLICT', 'BAD_USER_INPUT', 'LOCKED'] as const;
export type RefusalCode = (typeof REFUSALS)[number];

export interface Refusal {
  code: RefusalCode;
  message: string;
  /** The input field the refusal is about, when there is one. */
  field?: string;
  /** Data for the client, such as the norm codes still missing. */
  details?: Record<string, unknown>;
}

/** The stages of the whole cycle as people know them, shown as the cycle's timeline. */
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
