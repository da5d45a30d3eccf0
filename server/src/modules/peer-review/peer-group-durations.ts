import type { PeerGroupDurations } from '../../../../workflows/src/messages';

/**
 * How long a formed peer group has to agree its visits and then to make its learning reports final, and how
 * often its workflow looks at its progress itself. PLACEHOLDER values: the scheme names no such terms yet;
 * the group's workflow reminds at a quarter left and reports overdue at the end, nothing stops.
 */
export const PLACEHOLDER_PEER_GROUP_DURATIONS: PeerGroupDurations = {
  visitScheduling: { amount: 8, unit: 'WEEKS' },
  reporting: { amount: 12, unit: 'WEEKS' },
  progressCheck: { amount: 1, unit: 'DAYS' },
};
