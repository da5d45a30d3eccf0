import { registerEnumType } from 'type-graphql';
import type { Audience } from '../../../../workflows/src/activities';

/** What a notification is to its reader, for the filter on the notifications page. */
export enum NoticeCategory {
  /** The next move is the reader's (a step waits on them, an invitation, their account). */
  ACTION_NEEDED = 'ACTION_NEEDED',
  /** Something happened in a cycle; nothing is asked of the reader. */
  PROGRESS = 'PROGRESS',
  /** A term is coming up, has passed, or a certificate ran out. */
  DEADLINE = 'DEADLINE',
}
registerEnumType(NoticeCategory, { name: 'NoticeCategory' });

/** Kinds that are about a term whoever reads them. */
export const DEADLINE_KINDS = ['REMINDER', 'OVERDUE', 'EXPIRED'];
/** Kinds that always ask the reader to act: answering a questionnaire, starting the next cycle, checking a sign-in. */
export const ACTION_KINDS = ['INVITATION', 'RECERTIFICATION', 'SECURITY'];

/**
 * Per step notice (the key's topic), the audiences whose move is next after it; to the other audiences of the
 * same notice it reports progress. The rest of the topics ask no one to act.
 */
const NEXT_MOVE: Record<string, readonly Audience[]> = {
  engaged: ['CERTIFYING_INSTITUTION'],
  accepted: ['AUDITORS'],
  declined: ['ORGANISATION'],
  dates: ['ORGANISATION'],
  'date-confirmed': ['AUDITORS'],
  draft: ['ORGANISATION'],
  replied: ['AUDITORS'],
  final: ['ORGANISATION'],
  plan: ['AUDITORS'],
  'plan-accepted': ['SECTOR_DECIDERS'],
  'plan-returned': ['ORGANISATION'],
};

/** The part of a notification key before `#`: the occasion without the cycle's sequence number ("dates#7" → "dates"). */
export const topicOf = (key: string): string => key.split('#', 1)[0];

/** The audiences a notice with this key asks to act. */
export const actingAudiences = (key: string): readonly Audience[] => NEXT_MOVE[topicOf(key)] ?? [];

/** A notification's category from its kind and whether it asked this reader to act. */
export function categoryOf(kind: string, asksToAct: boolean): NoticeCategory {
  if (DEADLINE_KINDS.includes(kind)) return NoticeCategory.DEADLINE;
  if (asksToAct || ACTION_KINDS.includes(kind)) return NoticeCategory.ACTION_NEEDED;
  return NoticeCategory.PROGRESS;
}

/** The same rule as `categoryOf`, as a filter on stored notifications. */
export function categoryFilter(category: NoticeCategory): Record<string, unknown> {
  switch (category) {
    case NoticeCategory.DEADLINE:
      return { kind: { $in: DEADLINE_KINDS } };
    case NoticeCategory.ACTION_NEEDED:
      return { kind: { $nin: DEADLINE_KINDS }, $or: [{ asksToAct: true }, { kind: { $in: ACTION_KINDS } }] };
    case NoticeCategory.PROGRESS:
      return { kind: { $nin: [...DEADLINE_KINDS, ...ACTION_KINDS] }, asksToAct: false };
  }
}
