import type { Refusal } from './phases';

/**
 * The audit programme: the interview slots of the audit day(s). It belongs to a cycle and names its auditors
 * by user, so the peer-visit path can plan its visit with the same rules. Two groups of rules, judged in the
 * order of docs/error-codes.md: what is wrong with the slots whatever is stored (`programmeShapeRefusal`,
 * before any ID is looked up), and how they fit the cycle (`programmeFitRefusal`: its audit days, the norms of
 * its framework version, its auditors). Every refusal names the slot field, `slots.<index>.<field>`.
 */

/** The groups the scheme names for interviews; OTHER carries its own label. */
export const INTERVIEW_GROUPS = ['SOCIAL_WORKERS', 'VOLUNTEERS', 'CLIENTS', 'CLIENT_COUNCIL', 'MANAGEMENT_BOARD', 'OTHER'] as const;
export type InterviewGroup = (typeof INTERVIEW_GROUPS)[number];

export interface ProgrammeSlot {
  /** 1 for the first audit day. */
  day: number;
  /** HH:MM, 24-hour clock. */
  startTime: string;
  endTime: string;
  group: InterviewGroup;
  /** What OTHER stands for; ignored for the named groups. */
  groupLabel: string | null;
  /** Names or roles of the people interviewed. */
  participants: string | null;
  /** How many people, when known. */
  headCount: number | null;
  normIds: readonly string[];
  auditorIds: readonly string[];
}

/** What the cycle says about its programme. */
export interface ProgrammeFacts {
  /** The planned audit days (may be a fraction: a half day still takes a day of the programme). */
  auditDays: number | null;
  /** The norms of the cycle's framework version: the norms in scope. */
  normIds: readonly string[];
  /** The cycle's lead and co-auditor. */
  auditorIds: readonly string[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const bad = (index: number, field: string, message: string, details: Record<string, unknown> = {}): Refusal => {
  const path = `slots.${index}.${field}`;
  return { code: 'BAD_USER_INPUT', field: path, message: `Slot ${index + 1}: ${message}`, details: { field: path, slotIndex: index, ...details } };
};

/** Minutes since midnight of an HH:MM time, or null when it is no such time. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The days a programme may use: 1 up to the planned audit days, rounded up. */
export const programmeDays = (auditDays: number | null): number => (auditDays && auditDays > 0 ? Math.ceil(auditDays) : 0);

function slotShapeRefusal(slot: ProgrammeSlot, i: number): Refusal | null {
  const start = minutesOf(slot.startTime);
  const end = minutesOf(slot.endTime);
  if (!Number.isInteger(slot.day) || slot.day < 1) return bad(i, 'day', 'the day is a whole number from 1.');
  if (start === null) return bad(i, 'startTime', 'give the start time as HH:MM.');
  if (end === null) return bad(i, 'endTime', 'give the end time as HH:MM.');
  if (end <= start) return bad(i, 'endTime', 'the end time must be after the start time.');
  if (slot.group === 'OTHER' && !slot.groupLabel?.trim()) return bad(i, 'groupLabel', 'say which group OTHER stands for.');
  if (slot.headCount !== null && (!Number.isInteger(slot.headCount) || slot.headCount < 1)) return bad(i, 'headCount', 'the number of people is at least 1.');
  if (!slot.participants?.trim() && slot.headCount === null) return bad(i, 'participants', 'name the participants or give their number.');
  if (new Set(slot.normIds).size !== slot.normIds.length) return bad(i, 'normIds', 'each norm is named once.');
  if (new Set(slot.auditorIds).size !== slot.auditorIds.length) return bad(i, 'auditorIds', 'each auditor is named once.');
  return null;
}

/** Two slots of one day whose times overlap and that share an auditor: the later one in the list is refused. */
function overlapRefusal(slots: readonly ProgrammeSlot[]): Refusal | null {
  for (let j = 0; j < slots.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [slots[i], slots[j]];
      if (a.day !== b.day) continue;
      const overlaps = minutesOf(a.startTime)! < minutesOf(b.endTime)! && minutesOf(b.startTime)! < minutesOf(a.endTime)!;
      const shared = b.auditorIds.filter((id) => a.auditorIds.includes(id));
      if (overlaps && shared.length > 0) {
        return bad(j, 'startTime', `it overlaps slot ${i + 1} on day ${b.day}, and an auditor cannot be in both.`, { overlapsSlotIndex: i, auditorIds: shared });
      }
    }
  }
  return null;
}

/** What is wrong with the slots by themselves, whatever the cycle holds; null when nothing. */
export function programmeShapeRefusal(slots: readonly ProgrammeSlot[]): Refusal | null {
  for (const [i, slot] of slots.entries()) {
    const refusal = slotShapeRefusal(slot, i);
    if (refusal) return refusal;
  }
  return overlapRefusal(slots);
}

/** How the slots fit the cycle: its audit days, the norms in scope and its two auditors; null when they do. */
export function programmeFitRefusal(slots: readonly ProgrammeSlot[], facts: ProgrammeFacts): Refusal | null {
  const days = programmeDays(facts.auditDays);
  const norms = new Set(facts.normIds);
  for (const [i, slot] of slots.entries()) {
    if (slot.day > days) return bad(i, 'day', `the audit has ${days} day(s); plan the slot on one of them.`, { auditDays: days });
    const foreignNorms = slot.normIds.filter((id) => !norms.has(id));
    if (foreignNorms.length > 0) return bad(i, 'normIds', "every norm must be one of the cycle's framework version.", { invalidNormIds: foreignNorms });
    const others = slot.auditorIds.filter((id) => !facts.auditorIds.includes(id));
    if (others.length > 0) return bad(i, 'auditorIds', "only the cycle's lead and co-auditor can be assigned.", { invalidAuditorIds: others });
  }
  return null;
}

/** The norms in scope (in the order given) that no slot covers. */
export function uncoveredProgrammeNorms<T extends string>(normsInScope: readonly T[], slots: readonly Pick<ProgrammeSlot, 'normIds'>[]): T[] {
  const covered = new Set(slots.flatMap((s) => s.normIds));
  return normsInScope.filter((id) => !covered.has(id));
}

/** The organisation confirms a programme that has at least one slot. */
export function programmeConfirmRefusal(slotCount: number): Refusal | null {
  return slotCount > 0 ? null : { code: 'INCOMPLETE', message: 'The audit programme has no interview slots yet; the lead auditor plans them first.' };
}
