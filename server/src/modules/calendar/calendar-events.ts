import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../access/access-policy';
import { Cycle } from '../cycle/cycle.entity';
import type { Phase } from '../cycle/cycle-enums';
import { InternalAudit } from '../internal-audit/internal-audit.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';

/** The deadline a phase runs, as the workflow names it; dueAt is set only while one runs. */
const DEADLINE_OF_PHASE: Partial<Record<Phase, string>> = {
  SELF_EVALUATION: 'SELF_EVALUATION',
  EXTERNAL_AUDIT: 'DRAFT_REPORT_REPLY',
  IMPROVEMENT_PLAN: 'IMPROVEMENT_PLAN',
};

interface EventBase {
  /** Stable across fetches, so a calendar updates the event instead of adding another. */
  uid: string;
  cycleId: string;
  phase: Phase;
  organisationName: string;
}
export type CalendarEvent =
  | (EventBase & { kind: 'AUDIT_DAY' | 'PROPOSED_AUDIT_DAY'; day: string })
  | (EventBase & { kind: 'INTERNAL_AUDIT'; day: string; unit: string })
  | (EventBase & { kind: 'DEADLINE'; at: Date; deadline: string });

/** How far back a feed reaches: recent events stay for reference, older ones only make the file long. */
export const FEED_HISTORY_DAYS = 90;

/**
 * What a person's calendar holds: for every open cycle they may see (the same scope as the cycles list),
 * the audit day (or the proposed days until one is confirmed) and the running deadline; for the
 * organisation's own people also its internal audits. Two statements, whatever the number of cycles.
 */
export async function calendarEventsFor(em: EntityManager, policy: AccessPolicy, user: User, today: string): Promise<CalendarEvent[]> {
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - FEED_HISTORY_DAYS);
  const sinceDay = since.toISOString().slice(0, 10);
  const cycles = await em.find(
    Cycle,
    {
      $and: [
        policy.cycleFilter(user),
        { closedAt: null },
        { $or: [{ confirmedAuditDate: { $gte: sinceDay } }, { phase: 'EXTERNAL_AUDIT' }, { dueAt: { $gte: since } }] },
      ],
    },
    { populate: ['organisation'], orderBy: { id: 'asc' } },
  );
  const events: CalendarEvent[] = [];
  for (const c of cycles) {
    const base = { cycleId: c.id, phase: c.phase, organisationName: c.organisation.getEntity().name };
    if (c.confirmedAuditDate) {
      if (c.confirmedAuditDate >= sinceDay) events.push({ ...base, kind: 'AUDIT_DAY', uid: `audit-${c.id}`, day: c.confirmedAuditDate });
    } else {
      for (const day of c.proposedAuditDates.filter((d) => d >= sinceDay)) {
        events.push({ ...base, kind: 'PROPOSED_AUDIT_DAY', uid: `proposed-${day}-${c.id}`, day });
      }
    }
    const deadline = DEADLINE_OF_PHASE[c.phase];
    if (c.dueAt && deadline && c.dueAt >= since) {
      events.push({ ...base, kind: 'DEADLINE', uid: `deadline-${deadline.toLowerCase()}-${c.id}`, at: c.dueAt, deadline });
    }
  }
  if (user.partyKind === PartyKind.ORGANISATION) {
    // Internal audits are the organisation's own business; institutions and the sector body do not get them.
    const audits = await em.find(
      InternalAudit,
      { cycle: { organisation: user.organisation!.id, closedAt: null }, plannedDate: { $gte: sinceDay } },
      { populate: ['cycle.organisation'], orderBy: { plannedDate: 'asc', id: 'asc' } },
    );
    for (const a of audits) {
      const cycle = a.cycle.getEntity();
      events.push({
        kind: 'INTERNAL_AUDIT',
        uid: `internal-audit-${a.id}`,
        cycleId: cycle.id,
        phase: cycle.phase,
        organisationName: cycle.organisation.getEntity().name,
        day: a.plannedDate,
        unit: a.unit,
      });
    }
  }
  return events;
}
