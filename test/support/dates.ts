import { addDays, calendarDate } from '../../workflows/src/rules';

/**
 * Calendar dates relative to the day the tests run, as the process model judges them: audit dates today
 * or later, internal audits inside a cycle that starts today, action due dates not in the past.
 */
export const today = (): string => calendarDate(Date.now());
export const inDays = (days: number): string => addDays(today(), days);

/** A calendar date as the client writes it in Dutch (formatDate in client/src/lib/format.ts): 3 maart 2027. */
export const inDutch = (date: string): string =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
