import { AwardRule, DurationUnit, type SchemeDuration, type SchemeRules, type SchemeRulesInput } from './framework-rules';

export interface RuleError {
  field: string;
  message: string;
}

const DURATIONS = ['certificateValidity', 'recertificationReminder', 'selfEvaluationWindow', 'draftReportReplyWindow', 'improvementPlanDue'] as const;
const MAX_AMOUNT = 100_000;
const MAX_BANDS = 50;
const MAX_DAYS = 365;
/** Only to compare two durations; a month counts as its average length. */
const APPROX_SECONDS: Record<DurationUnit, number> = {
  [DurationUnit.DAYS]: 86_400,
  [DurationUnit.WEEKS]: 7 * 86_400,
  [DurationUnit.MONTHS]: 30.44 * 86_400,
};

/**
 * Every problem with rules the sector body sends, with the input path of the field, e.g.
 * `rules.auditDaysTable[2].maxFte`. Pure, so the rules are tested without a server. GraphQL already
 * guarantees the types and the enum values; they are checked again for callers that bypass it.
 */
export function validateSchemeRules(rules: SchemeRulesInput, prefix = 'rules'): RuleError[] {
  const errors: RuleError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });

  const given = (['peerAuditorTrainingValidity', 'peerReviewValidity'] as const).filter((key) => rules[key]);
  for (const key of [...DURATIONS, ...given]) {
    const d = rules[key]!;
    if (!Number.isInteger(d.amount) || d.amount < 1 || d.amount > MAX_AMOUNT) {
      add(`${key}.amount`, `must be a whole number from 1 to ${MAX_AMOUNT.toLocaleString('en-GB')}`);
    }
    if (!Object.values(DurationUnit).includes(d.unit)) add(`${key}.unit`, `must be one of ${Object.values(DurationUnit).join(', ')}`);
  }
  if (errors.length === 0 && approxSeconds(rules.recertificationReminder) >= approxSeconds(rules.certificateValidity)) {
    add('recertificationReminder', 'must be shorter than certificateValidity, or the reminder would come before the certificate is issued');
  }
  if (!Object.values(AwardRule).includes(rules.awardRule)) add('awardRule', `must be one of ${Object.values(AwardRule).join(', ')}`);

  const table = rules.auditDaysTable;
  if (table.length === 0) add('auditDaysTable', 'needs at least one band; the last has maxFte null');
  if (table.length > MAX_BANDS) add('auditDaysTable', `may have at most ${MAX_BANDS} bands`);
  let previous = 0;
  table.forEach((band, i) => {
    const at = `auditDaysTable[${i}]`;
    if (!Number.isFinite(band.days) || band.days <= 0 || band.days > MAX_DAYS) add(`${at}.days`, `must be more than 0 and at most ${MAX_DAYS}`);
    const last = i === table.length - 1;
    // Leaving maxFte out of the input means the same as null.
    const maxFte = band.maxFte ?? null;
    if (maxFte === null) {
      if (!last) add(`${at}.maxFte`, 'only the last band may be open-ended (maxFte null); give this band an upper bound or move it to the end');
      return;
    }
    if (!Number.isFinite(maxFte) || maxFte <= 0) {
      add(`${at}.maxFte`, 'must be more than 0, or null for the open-ended last band');
    } else if (maxFte <= previous) {
      add(`${at}.maxFte`, `must be more than the previous band's maxFte (${previous}); bands go up in order`);
    } else {
      previous = maxFte;
    }
    if (last) add(`${at}.maxFte`, 'the last band must be open-ended (maxFte null), so every organisation size has a band');
  });
  return errors;
}

/** The rules to store: only the known fields, marked as set by the sector body. */
export function toStoredRules(rules: SchemeRulesInput): SchemeRules {
  const duration = (d: SchemeDuration): SchemeDuration => ({ amount: d.amount, unit: d.unit });
  return {
    placeholder: false,
    certificateValidity: duration(rules.certificateValidity),
    recertificationReminder: duration(rules.recertificationReminder),
    selfEvaluationWindow: duration(rules.selfEvaluationWindow),
    draftReportReplyWindow: duration(rules.draftReportReplyWindow),
    improvementPlanDue: duration(rules.improvementPlanDue),
    awardRule: rules.awardRule,
    auditDaysTable: rules.auditDaysTable.map((b) => ({ maxFte: b.maxFte ?? null, days: b.days })),
    ...(rules.peerAuditorTrainingValidity ? { peerAuditorTrainingValidity: duration(rules.peerAuditorTrainingValidity) } : {}),
    ...(rules.peerReviewValidity ? { peerReviewValidity: duration(rules.peerReviewValidity) } : {}),
  };
}

function approxSeconds(d: SchemeDuration): number {
  return d.amount * APPROX_SECONDS[d.unit];
}
