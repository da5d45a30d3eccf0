import { AwardRule, DurationUnit, type SchemeDuration, type SchemeRules, type SchemeRulesInput } from './framework-rules';

export interface RuleError {
  field: string;
  message: string;
  /** The domain rule the problem breaks, for words in the reader's language, with what it names. */
  rule?: string;
  params?: Record<string, number>;
}

const DURATIONS = ['certificateValidity', 'recertificationReminder', 'selfEvaluationWindow', 'draftReportReplyWindow', 'improvementPlanDue'] as const;
/** Rules that may be left out: the placeholder then applies. */
const OPTIONAL_DURATIONS = ['peerAuditorTrainingValidity', 'peerReviewValidity', 'peerVisitSchedulingWindow', 'peerReportingWindow'] as const;
/** A peer group's deadlines: a term of more than a year would never remind anyone in time. */
const PEER_GROUP_WINDOWS = ['peerVisitSchedulingWindow', 'peerReportingWindow'] as const;
const MAX_PEER_GROUP_WINDOW_DAYS = 366;
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
  const add = (field: string, message: string, rule?: Pick<RuleError, 'rule' | 'params'>) => errors.push({ field: `${prefix}.${field}`, message, ...rule });

  const given = OPTIONAL_DURATIONS.filter((key) => rules[key]);
  for (const key of [...DURATIONS, ...given]) {
    const d = rules[key]!;
    const wholeAmount = Number.isInteger(d.amount) && d.amount >= 1 && d.amount <= MAX_AMOUNT;
    if (!wholeAmount) add(`${key}.amount`, `must be a whole number from 1 to ${MAX_AMOUNT.toLocaleString('en-GB')}`);
    const knownUnit = Object.values(DurationUnit).includes(d.unit);
    if (!knownUnit) add(`${key}.unit`, `must be one of ${Object.values(DurationUnit).join(', ')}`);
    if (wholeAmount && knownUnit && (PEER_GROUP_WINDOWS as readonly string[]).includes(key) && approxSeconds(d) > MAX_PEER_GROUP_WINDOW_DAYS * 86_400) {
      add(`${key}.amount`, `must be at most a year (${MAX_PEER_GROUP_WINDOW_DAYS} days, 52 weeks or 12 months)`, { rule: 'peerGroupWindowTooLong', params: { limit: MAX_PEER_GROUP_WINDOW_DAYS } });
    }
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
    ...(rules.peerVisitSchedulingWindow ? { peerVisitSchedulingWindow: duration(rules.peerVisitSchedulingWindow) } : {}),
    ...(rules.peerReportingWindow ? { peerReportingWindow: duration(rules.peerReportingWindow) } : {}),
  };
}

function approxSeconds(d: SchemeDuration): number {
  return d.amount * APPROX_SECONDS[d.unit];
}
