import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Locale } from '../cycle/process-texts';
import type { PartyKind } from '../user/role';
import type { CalendarEvent } from './calendar-events';
import { calendarName, eventPath, eventSummary } from './calendar-texts';

const TIME_ZONE = 'Europe/Amsterdam';
/** Wall-clock time in the Netherlands as ISO without offset (sv-SE writes "2026-12-10 17:00:00"). */
const wallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/**
 * The feed as iCalendar: days as all-day events, deadlines at their moment in Europe/Amsterdam (with the
 * zone's VTIMEZONE, so every calendar shows the Dutch time whatever its own zone), each linking to its screen.
 */
export function calendarIcs(events: CalendarEvent[], options: { locale: Locale; party: PartyKind; appUrl: string; host: string }): string {
  const calendar = ical({
    name: calendarName(options.locale),
    prodId: { company: 'LabelCycle', product: 'LabelCycle', language: options.locale.toUpperCase() },
    timezone: { name: TIME_ZONE, generator: getVtimezoneComponent },
    // Calendars poll at their own pace; this asks for about an hour.
    ttl: 60 * 60,
  });
  for (const e of events) {
    const url = new URL(eventPath(e, options.party), options.appUrl).toString();
    const common = { id: `${e.uid}@${options.host}`, summary: eventSummary(e, options.locale), url, description: url };
    if (e.kind === 'DEADLINE') {
      calendar.createEvent({ ...common, start: wallClock.format(e.at).replace(' ', 'T'), timezone: TIME_ZONE });
    } else {
      calendar.createEvent({ ...common, start: e.day, allDay: true, ...(e.kind === 'PROPOSED_AUDIT_DAY' ? { status: ICalEventStatus.TENTATIVE } : {}) });
    }
  }
  return calendar.toString();
}
