import { deadline, type Locale } from '../cycle/process-texts';
import { PartyKind } from '../user/role';
import type { CalendarEvent } from './calendar-events';

/** What an event is called in a calendar, in the feed's language. */
export function eventSummary(e: CalendarEvent, l: Locale): string {
  switch (e.kind) {
    case 'AUDIT_DAY':
      return l === 'nl' ? `Externe audit: ${e.organisationName}` : `External audit: ${e.organisationName}`;
    case 'PROPOSED_AUDIT_DAY':
      return l === 'nl' ? `Voorgestelde auditdatum: ${e.organisationName}` : `Proposed audit date: ${e.organisationName}`;
    case 'INTERNAL_AUDIT':
      return l === 'nl' ? `Interne audit ${e.unit}: ${e.organisationName}` : `Internal audit ${e.unit}: ${e.organisationName}`;
    case 'DEADLINE':
      return l === 'nl' ? `Uiterste datum voor ${deadline(e.deadline, l)}: ${e.organisationName}` : `Deadline for ${deadline(e.deadline, l)}: ${e.organisationName}`;
  }
}

export function calendarName(l: Locale): string {
  return l === 'nl' ? 'LabelCycle: audits en deadlines' : 'LabelCycle: audits and deadlines';
}

/** The screen where the person acts on the event; each party has its own (client/src/features/…-routes.tsx). */
export function eventPath(e: CalendarEvent, party: PartyKind): string {
  switch (party) {
    case PartyKind.ORGANISATION:
      if (e.kind === 'INTERNAL_AUDIT') return '/internal-audits';
      if (e.kind !== 'DEADLINE') return '/external-audit';
      return { SELF_EVALUATION: '/self-evaluation', DRAFT_REPORT_REPLY: '/external-audit', IMPROVEMENT_PLAN: '/improvement-plan' }[e.deadline] ?? '/';
    case PartyKind.CERTIFYING_INSTITUTION:
      return `/cycles/${e.cycleId}`;
    case PartyKind.SECTOR_BODY:
      return e.phase === 'DECISION' ? `/decisions/${e.cycleId}` : '/';
  }
}
