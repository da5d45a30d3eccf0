import type { AwardRule, DurationUnit, SchemeRulesInput, SectorFrameworkVersionFragment } from '../../../gql/graphql';

export const DURATION_KEYS = ['certificateValidity', 'recertificationReminder', 'selfEvaluationWindow', 'draftReportReplyWindow', 'improvementPlanDue'] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];
export const UNITS: readonly DurationUnit[] = ['DAYS', 'WEEKS', 'MONTHS'];
export const AWARD_RULES: readonly AwardRule[] = ['NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION', 'NO_DOES_NOT_MEET'];

/** The rules as typed: numbers stay text until saved, so a half-typed "1," is not lost or rewritten. */
export interface RulesDraft {
  durations: Record<DurationKey, { amount: string; unit: DurationUnit }>;
  awardRule: AwardRule;
  /** The last band has no upper bound; its maxFte is ignored. */
  bands: { maxFte: string; days: string }[];
}

type Rules = SectorFrameworkVersionFragment['rules'];

export function draftOf(rules: Rules, locale: string): RulesDraft {
  const number = (n: number) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(n);
  const durations = Object.fromEntries(
    DURATION_KEYS.map((key) => [key, { amount: String(rules[key].amount), unit: rules[key].unit }]),
  ) as RulesDraft['durations'];
  return {
    durations,
    awardRule: rules.awardRule,
    bands: rules.auditDaysTable.map((b) => ({ maxFte: b.maxFte === null || b.maxFte === undefined ? '' : number(b.maxFte), days: number(b.days) })),
  };
}

/** A decimal as people type it in Dutch or English: 12,5 or 12.5. */
function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

export type RuleProblem = 'amount' | 'decimal';

/**
 * The input for updateSchemeRules, or the fields that are not numbers yet (keyed by the API's field path
 * without "rules.", as the server names its own refusals). Whether the values make sense is the server's call.
 */
export function toRulesInput(draft: RulesDraft): { input: SchemeRulesInput } | { problems: Map<string, RuleProblem> } {
  const problems = new Map<string, RuleProblem>();
  const durations = {} as Record<DurationKey, { amount: number; unit: DurationUnit }>;
  for (const key of DURATION_KEYS) {
    const { amount, unit } = draft.durations[key];
    if (!/^\d+$/.test(amount.trim())) problems.set(`${key}.amount`, 'amount');
    durations[key] = { amount: Number.parseInt(amount.trim(), 10), unit };
  }
  const auditDaysTable = draft.bands.map((band, i) => {
    const last = i === draft.bands.length - 1;
    const days = parseDecimal(band.days);
    const maxFte = last ? null : parseDecimal(band.maxFte);
    if (days === null) problems.set(`auditDaysTable[${i}].days`, 'decimal');
    if (!last && maxFte === null) problems.set(`auditDaysTable[${i}].maxFte`, 'decimal');
    return { days: days ?? 0, maxFte };
  });
  if (problems.size > 0) return { problems };
  return { input: { ...durations, awardRule: draft.awardRule, auditDaysTable } };
}

/** The element id of a rules field, from its path: auditDaysTable[2].days → rules-auditDaysTable-2-days. */
export const fieldId = (path: string) => `rules-${path.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
