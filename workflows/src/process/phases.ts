/**
 * The vocabulary of the process: phases and the steps inside them, the parties, and the values commands
 * carry. Everything else in the model is expressed in these terms.
 */

export const PHASES = [
  'PREPARATION',
  'SELF_EVALUATION',
  'INTERNAL_AUDIT',
  // The peer path (variant PEER_REVIEW): the peer advisory assessment instead of the external audit.
  'PEER_ASSESSMENT',
  'EXTERNAL_AUDIT',
  'IMPROVEMENT_PLAN',
  'DECISION',
  'CERTIFIED',
  // The peer path's end: the assessment is in the register until its validity ends (then EXPIRED).
  'REGISTERED',
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
  // PEER_ASSESSMENT: waiting for a peer group, the group formed (visits being planned), every visit of the
  // group confirmed (visits and learning reports under way), every learning report of the group final.
  'AWAITING_GROUP',
  'GROUP_FORMED',
  'VISITS_PLANNED',
  'REPORTS_FINAL',
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
  'PEER_ASSESSMENT',
  'REGISTERED',
] as const;
export type Stage = (typeof STAGES)[number];

/** The two ways through a cycle: the external audit to a certificate, or the peer assessment to a register entry. */
export type CyclePath = 'EXTERNAL' | 'PEER';

/** The stages of each path, in order; the timeline shows those of the cycle's path. */
export const PATH_STAGES: Record<CyclePath, readonly Stage[]> = {
  EXTERNAL: ['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED'],
  PEER: ['PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'PEER_ASSESSMENT', 'REGISTERED'],
};

/** Phases only the external path reaches (a cycle in one of them went that way, whatever its variant). */
const EXTERNAL_ONLY: readonly Phase[] = ['EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'WITHDRAWN', 'RENEWED'];

/**
 * The path a cycle takes. A PEER_REVIEW cycle goes the peer way after its internal audit; COMBINED and
 * EXTERNAL_AUDIT go the external way. A PEER_REVIEW cycle already on the external path (one that passed its
 * internal audit before the peer path existed) stays there.
 */
export function cyclePath(variant: Variant | null | undefined, phase: Phase): CyclePath {
  return variant === 'PEER_REVIEW' && !EXTERNAL_ONLY.includes(phase) ? 'PEER' : 'EXTERNAL';
}

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
  PEER_ASSESSMENT: 'PEER_ASSESSMENT',
  REGISTERED: 'REGISTERED',
};

export type StepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

/** The cycle's stages with where it stands; `variant` picks the path (absent: the external one). */
export function timeline(phase: Phase, variant?: Variant | null): { stage: Stage; status: StepStatus }[] {
  const path = cyclePath(variant, phase);
  const stages = PATH_STAGES[path];
  // A peer cycle's register entry expires on the stage of the entry, as a certificate does on its own.
  const stageOfPhase = path === 'PEER' && phase === 'EXPIRED' ? 'REGISTERED' : STAGE_OF_PHASE[phase];
  const current = stages.indexOf(stageOfPhase);
  const finished = FINAL_PHASES.includes(phase);
  return stages.map((stage, i) => ({
    stage,
    status: i < current || (finished && i === current) ? 'DONE' : i === current ? 'CURRENT' : 'UPCOMING',
  }));
}
