import { addDays, calendarDate } from './calendar';
import type { Refusal } from './phases';

/**
 * Respondents: members of the organisation asked for their own view on the norms, each answering as one
 * layer of the organisation. The layers are ordered from the work floor up; pooling walks them in this order.
 */
export const RESPONDENT_LAYERS = ['VOLUNTEER', 'PROFESSIONAL', 'SUPPORT_STAFF', 'TEAM_LEAD', 'MANAGEMENT', 'BOARD'] as const;
export type RespondentLayer = (typeof RESPONDENT_LAYERS)[number];

/** How many may be invited at once. */
export const MAX_INVITEES = 200;

const bad = (field: string, message: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message, details: { field } });

/**
 * A due date lies ahead (today at the earliest, by the scheme's calendar) and, when the self-evaluation has a
 * deadline, not after it: the respondents' views feed the self-evaluation, so they come in before it is due.
 */
export function respondentDueDateRefusal(dueDate: string, bounds: { today: string; latest: string | null }): Refusal | null {
  if (dueDate < bounds.today) return bad('dueDate', `The due date must be today (${bounds.today}) or later.`);
  if (bounds.latest && dueDate > bounds.latest) return bad('dueDate', `The due date must not be after the self-evaluation's deadline, ${bounds.latest}.`);
  return null;
}

/**
 * The moment a due date ends: the start of the next day in the scheme's time zone. That start is UTC midnight
 * minus the zone's offset (one or two hours in Amsterdam); the earliest candidate on the day is it.
 */
export function endOfDueDate(dueDate: string): number {
  const next = addDays(dueDate, 1);
  const midnightUtc = Date.parse(`${next}T00:00:00Z`);
  const start = [3, 2, 1, 0].map((h) => midnightUtc - h * 3_600_000).find((ms) => calendarDate(ms) === next);
  return start ?? midnightUtc;
}

/** Whole days from `from` to `to` (ISO calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A respondent's answers are theirs to change until they submit them; after that they count, as submitted. */
export function respondentSubmittedRefusal(submitted: boolean): Refusal | null {
  return submitted ? { code: 'LOCKED', message: 'You submitted your answers; they can no longer change.' } : null;
}
