/**
 * Pure process rules of the certification cycle. No I/O, no clock: the workflow and the server both call
 * these, so a command is judged the same way before it is sent and when it is applied.
 */

export const PHASES = [
  'PREPARATION',
  'SELF_EVALUATION',
  'SELF_EVALUATION_SUBMITTED',
] as const;
export type Phase = (typeof PHASES)[number];

export const VARIANTS = ['EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED'] as const;
export type Variant = (typeof VARIANTS)[number];

export const SCORES = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'] as const;
export type Score = (typeof SCORES)[number];

/** Refusal codes a command can get from the process; the server maps them to `extensions.code`. */
export const REFUSALS = ['WRONG_PHASE', 'INCOMPLETE', 'NOT_ALLOWED', 'CONFLICT'] as const;
export type RefusalCode = (typeof REFUSALS)[number];

export type Command = 'completePreparation' | 'submitSelfEvaluation';

/** Which phase each command needs, and where it leads. */
export const TRANSITIONS: Record<Command, { from: Phase; to: Phase }> = {
  completePreparation: { from: 'PREPARATION', to: 'SELF_EVALUATION' },
  submitSelfEvaluation: { from: 'SELF_EVALUATION', to: 'SELF_EVALUATION_SUBMITTED' },
};

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export function phaseRefusal(command: Command, phase: Phase): Refusal | null {
  const { from } = TRANSITIONS[command];
  if (phase === from) return null;
  return {
    code: 'WRONG_PHASE',
    message: `${command} is only possible in phase ${from}; this cycle is in phase ${phase}.`,
  };
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

/** The stage a phase belongs to; a submitted self-evaluation means the cycle has moved on to internal audit. */
const STAGE_OF_PHASE: Record<Phase, Stage> = {
  PREPARATION: 'PREPARATION',
  SELF_EVALUATION: 'SELF_EVALUATION',
  SELF_EVALUATION_SUBMITTED: 'INTERNAL_AUDIT',
};

export type StepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

export function timeline(phase: Phase): { stage: Stage; status: StepStatus }[] {
  const current = STAGES.indexOf(STAGE_OF_PHASE[phase]);
  return STAGES.map((stage, i) => ({
    stage,
    status: i < current ? 'DONE' : i === current ? 'CURRENT' : 'UPCOMING',
  }));
}
