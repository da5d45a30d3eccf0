import { calendarDate, daysBetween, endOfDueDate } from '../../../../workflows/src/rules';
import type { StoredSchemeRules } from '../cycle/cycle-durations';

/**
 * The moment a respondent's due date ends, which the workflow's reminder is timed from. On the test stack
 * (TEST_SECONDS_DURATIONS with a fixture scheme in seconds, see durationsFrom) a day counts as a second, so a
 * test sees the reminder within seconds; everywhere else it is the end of the day in the scheme's time zone.
 */
export function respondentDueAt(dueDate: string, nowMs: number, rules: StoredSchemeRules, testSecondsDurations: boolean): number {
  if (testSecondsDurations && rules.amountsInSecondsForTests === true) return nowMs + (daysBetween(calendarDate(nowMs), dueDate) + 1) * 1000;
  return endOfDueDate(dueDate);
}
