import { badInput } from '../../common/errors';
import { LearningKind } from './learning-entry.entity';
import { LearningSessionKind } from './learning-session.entity';

/** When no settings were ever saved: a tenth of contract hours, figures from five people. */
export const DEFAULT_NORM_PERCENT = 10;
export const DEFAULT_MIN_CONTRIBUTORS = 5;
/** Below three people a team's monthly sum comes too close to one person's hours; no setting may go lower. */
export const LOWEST_MIN_CONTRIBUTORS = 3;
/** Averaged over the year (52 weeks / 12 months), so each month of a year is offered the same. */
/** The learning year's scan schedule until the organisation sets its own: rounds in March and September, three weeks open. */
export const DEFAULT_SCAN_MONTHS: readonly number[] = [3, 9];
export const DEFAULT_SCAN_OPEN_DAYS = 21;
/** Placeholder: "far under the norm" is the organisation's call; half of the room offered until it chooses. */
export const DEFAULT_FAR_UNDER_NORM_PERCENT = 50;
export const MAX_SCAN_ROUNDS_PER_YEAR = 4;
/**
 * How long a person's registered learning time is kept, in months, until the organisation chooses: five years
 * spans a label cycle with room to spare. The year reports keep their team aggregates regardless.
 */
export const DEFAULT_RETENTION_MONTHS = 60;
export const RETENTION_MONTHS_RANGE = { min: 12, max: 120 } as const;

/** The retention of learning time: whole months, from a year (a year report needs its year) to ten years. */
export function assertRetention(months: number): void {
  const { min, max } = RETENTION_MONTHS_RANGE;
  if (!Number.isInteger(months) || months < min || months > max) {
    throw badInput('retentionMonths', `Keep learning time from ${min} to ${max} months.`, 'retentionMonthsRange', { min, max });
  }
}

/** The schedule fields of the learning settings, each refused by its own field. */
export function assertSchedule(scanMonths: number[], scanOpenDays: number, farUnderNormPercent: number): void {
  if (scanMonths.length > MAX_SCAN_ROUNDS_PER_YEAR) throw badInput('scanMonths', `At most ${MAX_SCAN_ROUNDS_PER_YEAR} scheduled scan rounds a year.`, 'scanRoundsPerYear', { limit: MAX_SCAN_ROUNDS_PER_YEAR });
  scanMonths.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 1 || m > 12) throw badInput(`scanMonths.${i}`, 'A month is a number from 1 to 12.', 'monthRange');
  });
  if (new Set(scanMonths).size !== scanMonths.length) throw badInput('scanMonths', 'Name each month once.', 'monthTwice');
  if (!Number.isInteger(scanOpenDays) || scanOpenDays < 1 || scanOpenDays > 60) throw badInput('scanOpenDays', 'A round stays open from 1 to 60 days.', 'scanOpenDaysRange', { limit: 60 });
  const sorted = [...scanMonths].sort((a, b) => a - b);
  // A round must close before the next scheduled one opens, or the next opening would find it still open.
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i] - sorted[i - 1]) * 28 < scanOpenDays) throw badInput('scanOpenDays', `A round of ${scanOpenDays} days would still be open when the next one opens in month ${sorted[i]}.`, 'scanRoundsOverlap', { limit: sorted[i] });
  }
  if (!Number.isInteger(farUnderNormPercent) || farUnderNormPercent < 0 || farUnderNormPercent > 100) {
    throw badInput('farUnderNormPercent', 'Give a share from 0 to 100 percent.', 'percentRange');
  }
}

export const WEEKS_PER_MONTH = 52 / 12;

/** Hours in quarters, more than 0 and at most `max`. */
export function assertQuarterHours(field: string, hours: number, max: number): void {
  if (!Number.isFinite(hours) || hours <= 0 || hours > max) throw badInput(field, `Give more than 0 and at most ${max} hours.`, 'hoursRange', { limit: max });
  if (Math.round(hours * 4) !== hours * 4) throw badInput(field, 'Give hours in quarters of an hour (for example 1.25).', 'hoursQuarters');
}

export function assertSettings(normPercent: number, minContributors: number): void {
  if (!Number.isFinite(normPercent) || normPercent < 0 || normPercent > 100) throw badInput('normPercent', 'The learning norm is a percentage from 0 to 100.', 'normPercentRange');
  if (minContributors < LOWEST_MIN_CONTRIBUTORS) {
    throw badInput('minContributors', `At least ${LOWEST_MIN_CONTRIBUTORS} people must contribute before a team's figures show; a lower threshold would reveal individuals.`, 'thresholdTooLow', { limit: LOWEST_MIN_CONTRIBUTORS });
  }
  if (minContributors > 1000) throw badInput('minContributors', 'The threshold can be at most 1000 people.', 'thresholdTooHigh', { limit: 1000 });
}

export function assertYear(field: string, year: number): void {
  if (year < 2000 || year > 2100) throw badInput(field, 'Give a year from 2000 to 2100.', 'yearRange');
}

/** The months of a year as YYYY-MM. */
export const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/** The learning-time kind an attendee's entry gets, by the kind of session they attended. */
export const ENTRY_KIND_OF_SESSION: Record<LearningSessionKind, LearningKind> = {
  [LearningSessionKind.SESSION]: LearningKind.TEAM_SESSION,
  [LearningSessionKind.CENTRAL_TRAINING]: LearningKind.TRAINING,
};

/** How far ahead a session may be planned: further than a year is more likely a typo than a plan. */
export const SESSION_HORIZON_DAYS = 366;
