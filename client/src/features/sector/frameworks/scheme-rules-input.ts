import { z } from '../../../lib/form-schema';
import type { AwardRule, DurationUnit, SchemeRulesInput, SectorFrameworkVersionFragment } from '../../../gql/graphql';

export const DURATION_KEYS = ['certificateValidity', 'recertificationReminder', 'selfEvaluationWindow', 'draftReportReplyWindow', 'improvementPlanDue'] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];
/** Rules of the peer path that may be left unset: the API then applies its placeholder, so an empty amount sends null. */
export const OPTIONAL_DURATION_KEYS = ['peerAuditorTrainingValidity', 'peerReviewValidity', 'peerVisitSchedulingWindow', 'peerReportingWindow'] as const;
export type OptionalDurationKey = (typeof OPTIONAL_DURATION_KEYS)[number];
export const UNITS: readonly DurationUnit[] = ['DAYS', 'WEEKS', 'MONTHS'];
export const AWARD_RULES: readonly AwardRule[] = ['NO_OPEN_DOES_NOT_MEET_WITHOUT_ACCEPTED_ACTION', 'NO_DOES_NOT_MEET'];

interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

/**
 * The rules as typed, shaped like the API's input so a refusal's field path names a field of the form.
 * Numbers stay text until saved, so a half-typed "1," is not lost or rewritten.
 */
export type RulesDraft = Record<DurationKey | OptionalDurationKey, DurationDraft> & {
  awardRule: AwardRule;
  /** The last band has no upper bound; its maxFte is ignored. */
  auditDaysTable: { maxFte: string; days: string }[];
};

type Rules = SectorFrameworkVersionFragment['rules'];

export function draftOf(rules: Rules, locale: string): RulesDraft {
  const number = (n: number) => new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(n);
  const durations = Object.fromEntries(DURATION_KEYS.map((key) => [key, { amount: String(rules[key].amount), unit: rules[key].unit }])) as Record<DurationKey, DurationDraft>;
  const optional = Object.fromEntries(
    OPTIONAL_DURATION_KEYS.map((key) => {
      const set = rules[key];
      return [key, { amount: set ? String(set.amount) : '', unit: set?.unit ?? 'MONTHS' }];
    }),
  ) as Record<OptionalDurationKey, DurationDraft>;
  return {
    ...durations,
    ...optional,
    awardRule: rules.awardRule,
    auditDaysTable: rules.auditDaysTable.map((b) => ({ maxFte: b.maxFte === null || b.maxFte === undefined ? '' : number(b.maxFte), days: number(b.days) })),
  };
}

const WHOLE = /^\s*\d+\s*$/;
const WHOLE_OR_EMPTY = /^\s*(\d+)?\s*$/;
/** A decimal as people type it in Dutch or English: 12,5 or 12.5. */
const DECIMAL = /^\s*\d+([.,]\d+)?\s*$/;
const decimal = (text: string) => Number(text.trim().replace(',', '.'));

/**
 * What the form checks before sending: that every number is a number. Whether the values make sense
 * (a reminder shorter than the validity, bands in order) is the server's rule, answered per field.
 */
export function rulesSchema(words: { amount: string; decimal: string }) {
  const duration = z.object({ amount: z.string().regex(WHOLE, words.amount), unit: z.custom<DurationUnit>() });
  const durations = Object.fromEntries(DURATION_KEYS.map((key) => [key, duration])) as Record<DurationKey, typeof duration>;
  const optionalDuration = z.object({ amount: z.string().regex(WHOLE_OR_EMPTY, words.amount), unit: z.custom<DurationUnit>() });
  const optional = Object.fromEntries(OPTIONAL_DURATION_KEYS.map((key) => [key, optionalDuration])) as Record<OptionalDurationKey, typeof optionalDuration>;
  return z.object({
    ...durations,
    ...optional,
    awardRule: z.custom<AwardRule>(),
    auditDaysTable: z.array(z.object({ maxFte: z.string(), days: z.string().regex(DECIMAL, words.decimal) })).superRefine((bands, ctx) => {
      bands.forEach((band, i) => {
        if (i < bands.length - 1 && !DECIMAL.test(band.maxFte)) ctx.addIssue({ code: 'custom', path: [i, 'maxFte'], message: words.decimal });
      });
    }),
  });
}

/** The input for updateSchemeRules from a draft that passed rulesSchema. */
export function toRulesInput(draft: RulesDraft): SchemeRulesInput {
  const durations = Object.fromEntries(DURATION_KEYS.map((key) => [key, { amount: Number.parseInt(draft[key].amount.trim(), 10), unit: draft[key].unit }]));
  const auditDaysTable = draft.auditDaysTable.map((band, i) => ({
    days: decimal(band.days),
    maxFte: i === draft.auditDaysTable.length - 1 ? null : decimal(band.maxFte),
  }));
  const optional = Object.fromEntries(
    OPTIONAL_DURATION_KEYS.map((key) => {
      const amount = draft[key].amount.trim();
      return [key, amount === '' ? null : { amount: Number.parseInt(amount, 10), unit: draft[key].unit }];
    }),
  );
  return {
    ...(durations as Record<DurationKey, { amount: number; unit: DurationUnit }>),
    ...(optional as Record<OptionalDurationKey, { amount: number; unit: DurationUnit } | null>),
    awardRule: draft.awardRule,
    auditDaysTable,
  };
}

/**
 * The name of a rules field in the form's error list, from the API's field path (without "rules."):
 * auditDaysTable[2].days → auditDaysTable-2-days. The element ids are `rules-<name>` and `rules-<name>-error`.
 */
export const fieldName = (path: string) => path.replace(/^rules\./, '').replace(/[.[\]]+/g, '-').replace(/-$/, '');

/**
 * Each message in react-hook-form's nested errors, by field name. Only plain objects and arrays are
 * walked: an error's `ref` is the DOM element it belongs to.
 */
export function messagesByField(errors: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (!errors || typeof errors !== 'object') return found;
  const own = (errors as { message?: unknown }).message;
  if (typeof own === 'string' && prefix) found.set(prefix, own);
  for (const [key, value] of Object.entries(errors)) {
    if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
    const name = key === 'root' ? prefix : prefix ? `${prefix}-${key}` : key;
    if (value && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
      for (const [inner, message] of messagesByField(value, name)) if (!found.has(inner)) found.set(inner, message);
    }
  }
  return found;
}
