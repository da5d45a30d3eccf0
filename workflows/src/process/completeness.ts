import type { Refusal, Score, Variant } from './phases';

/**
 * What a phase needs before it can be closed. Each check is a pure function over plain data: the worker
 * loads the rows, these decide. The same functions serve the board that shows what is still missing, so
 * the screen and the refusal never disagree.
 */

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

export function preparationRefusal(facts: PreparationFacts): Refusal | null {
  const missing = missingPreparation(facts);
  return missing.length ? { code: 'INCOMPLETE', message: `Preparation is incomplete: ${missing.join(', ')}.`, details: { missing } } : null;
}

/** Norms in scope (in the framework's order) that have no score yet; submit needs this list to be empty. */
export function unscoredNorms<T extends string>(normsInScope: readonly T[], scoredNorms: readonly T[]): T[] {
  const scored = new Set(scoredNorms);
  return normsInScope.filter((id) => !scored.has(id));
}

export function selfEvaluationRefusal(unscoredNormCodes: readonly string[]): Refusal | null {
  if (unscoredNormCodes.length === 0) return null;
  return {
    code: 'INCOMPLETE',
    message: `Every norm needs a score before submitting; unscored: ${unscoredNormCodes.join(', ')}.`,
    details: { unscoredNormCodes: [...unscoredNormCodes] },
  };
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

/** Norms (in the framework's order) without an external-audit finding; the draft report needs none left. */
export function normsWithoutFinding(normCodes: readonly string[], findingNormCodes: readonly string[]): string[] {
  return unscoredNorms(normCodes, findingNormCodes);
}

export function draftReportRefusal(missingNormCodes: readonly string[]): Refusal | null {
  if (missingNormCodes.length === 0) return null;
  return {
    code: 'INCOMPLETE',
    message: `Every norm needs a finding before the draft report; missing: ${missingNormCodes.join(', ')}.`,
    details: { missingNormCodes: [...missingNormCodes] },
  };
}

export const isBelowMeets = (score: Score): boolean => score === 'PARTLY_MEETS' || score === 'DOES_NOT_MEET';

export interface FindingFacts {
  normCode: string;
  score: Score;
  improvementPoints: string;
}

/** A finding the improvement plan must answer: scored below MEETS, or with improvement points written down. */
export const needsAction = (f: Pick<FindingFacts, 'score' | 'improvementPoints'>): boolean =>
  isBelowMeets(f.score) || f.improvementPoints.trim() !== '';

/** Norm codes (sorted) of findings that need an action and have none on their norm yet. */
export function uncoveredImprovementPoints(findings: readonly FindingFacts[], normCodesWithAction: readonly string[]): string[] {
  const covered = new Set(normCodesWithAction);
  return findings
    .filter((f) => needsAction(f) && !covered.has(f.normCode))
    .map((f) => f.normCode)
    .sort();
}

export function improvementPlanRefusal(uncoveredNormCodes: readonly string[]): Refusal | null {
  if (uncoveredNormCodes.length === 0) return null;
  return {
    code: 'INCOMPLETE',
    message: `Every finding below MEETS needs an improvement action; missing: ${uncoveredNormCodes.join(', ')}.`,
    details: { uncoveredNormCodes: [...uncoveredNormCodes] },
  };
}

/**
 * The scheme's rule for awarding the label, chosen per framework version. NO_OPEN_DOES_NOT_MEET_WITHOUT_
 * ACCEPTED_ACTION: award unless a DOES_NOT_MEET finding has no improvement action; NO_DOES_NOT_MEET: award
 * only when no finding is DOES_NOT_MEET.
 */
export const AWARD_RULES = ['NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION', 'NO_DOES_NOT_MEET'] as const;
export type AwardRuleName = (typeof AWARD_RULES)[number];

/** Norm codes (sorted) that stand in the way of an award under `rule`. */
export function awardBlockingNorms(rule: AwardRuleName, findings: readonly FindingFacts[], normCodesWithAction: readonly string[]): string[] {
  const covered = new Set(normCodesWithAction);
  return findings
    .filter((f) => f.score === 'DOES_NOT_MEET' && (rule === 'NO_DOES_NOT_MEET' || !covered.has(f.normCode)))
    .map((f) => f.normCode)
    .sort();
}

export function awardRefusal(rule: AwardRuleName, blockingNormCodes: readonly string[]): Refusal | null {
  if (blockingNormCodes.length === 0) return null;
  return {
    code: 'NOT_ALLOWED',
    message: `The award rule (${rule}) is not met for: ${blockingNormCodes.join(', ')}.`,
    details: { blockingNormCodes: [...blockingNormCodes] },
  };
}
