import type { Refusal } from './phases';

/**
 * Date rules: the calendar dates people enter (audit dates, internal audits, action due dates) must make
 * sense against the cycle and the day they are entered. Dates are ISO calendar dates (YYYY-MM-DD), compared
 * as strings; "today" is the calendar date where the scheme runs, so a date entered at 00:30 in Amsterdam
 * is judged by the Dutch day, not the UTC one.
 */

export const SCHEME_TIME_ZONE = 'Europe/Amsterdam';

/**
 * One formatter per time zone, made once: making one costs far more than formatting with it, and lists ask
 * for today's date once per row (nextStep on every cycle of a page). Formatting stays deterministic.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of a moment in the scheme's time zone. */
export function calendarDate(ms: number, timeZone = SCHEME_TIME_ZONE): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(new Date(ms));
}

/** An ISO calendar date plus whole days (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const bad = (field: string, message: string, details: Record<string, unknown> = {}): Refusal => ({
  code: 'BAD_USER_INPUT',
  field,
  message,
  details: { field, ...details },
});

export interface AuditDateBounds {
  /** Today's calendar date. */
  today: string;
  /** The last date the engagement allows, when the scheme bounds it. */
  latest?: string | null;
}

/** Proposed audit dates lie ahead (today at the earliest) and inside the engagement. */
export function auditDateOptionsRefusal(dates: readonly string[], bounds: AuditDateBounds): Refusal | null {
  const past = dates.filter((d) => d < bounds.today);
  if (past.length) return bad('dates', `Audit dates must lie ahead (today, ${bounds.today}, at the earliest); in the past: ${past.join(', ')}.`, { invalidDates: past });
  const late = bounds.latest ? dates.filter((d) => d > bounds.latest!) : [];
  if (late.length) {
    return bad('dates', `Audit dates must lie within the engagement, until ${bounds.latest}; too late: ${late.join(', ')}.`, { invalidDates: late });
  }
  return null;
}

/** The draft report reports an audit that took place: not before the confirmed audit date. */
export function draftReportDateRefusal(confirmedAuditDate: string | null, today: string): Refusal | null {
  if (!confirmedAuditDate || today >= confirmedAuditDate) return null;
  return bad('confirmedAuditDate', `The draft report follows the audit: the confirmed audit date is ${confirmedAuditDate}, and today is ${today}.`, {
    confirmedAuditDate,
  });
}

export interface CycleSpan {
  /** The calendar date the cycle started. */
  start: string;
  /** The last date of the cycle's span, when known. */
  end?: string | null;
}

/** Internal audits are dated inside the cycle: not before it started, not after its span. */
export function internalAuditDateRefusal(plannedDate: string, span: CycleSpan): Refusal | null {
  if (plannedDate < span.start) return bad('plannedDate', `An internal audit is dated inside the cycle, which started on ${span.start}.`);
  if (span.end && plannedDate > span.end) return bad('plannedDate', `An internal audit is dated inside the cycle, which runs until ${span.end}.`);
  return null;
}

/** An action's due date is not in the past when it is set or changed. */
export function actionDueDateRefusal(dueDate: string, today: string): Refusal | null {
  return dueDate < today ? bad('dueDate', `The due date ${dueDate} has passed; choose today (${today}) or later.`) : null;
}
