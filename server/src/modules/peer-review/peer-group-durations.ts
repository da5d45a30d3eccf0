import type { EntityManager } from '@mikro-orm/postgresql';
import type { PeerGroupDurations } from '../../../../workflows/src/messages';
import type { SchemeDuration } from '../../../../workflows/src/rules';
import type { StoredSchemeRules } from '../cycle/cycle-durations';
import { peerGroupWindows, PLACEHOLDER_RULES } from '../framework/framework-rules';
import { newestPublishedVersion } from './training-validity';

/**
 * How often a group's workflow looks at its progress itself, should a progress signal have been lost.
 * LabelCycle's own safety net, not a term of the scheme: it is no scheme rule.
 */
const PROGRESS_CHECK: SchemeDuration = { amount: 1, unit: 'DAYS' };

/**
 * The durations a peer group's workflow runs with, pinned at its start: how long the group has to agree its
 * visits and then to make its learning reports final are the scheme rules `peerVisitSchedulingWindow` and
 * `peerReportingWindow`; the workflow reminds at a quarter left and reports overdue at the end, nothing stops.
 * With TEST_SECONDS_DURATIONS a test fixture's row that sets a window counts it in seconds (see durationsFrom);
 * a placeholder stays in weeks.
 */
export function peerGroupDurationsFrom(rules: StoredSchemeRules, testSecondsDurations: boolean): PeerGroupDurations {
  const windows = peerGroupWindows(rules);
  const inSeconds = testSecondsDurations && rules.amountsInSecondsForTests === true;
  const pin = (d: SchemeDuration, set: unknown): SchemeDuration => (inSeconds && set ? { amount: d.amount, unit: 'SECONDS' } : { amount: d.amount, unit: d.unit });
  return {
    visitScheduling: pin(windows.visitScheduling, rules.peerVisitSchedulingWindow),
    reporting: pin(windows.reporting, rules.peerReportingWindow),
    progressCheck: PROGRESS_CHECK,
  };
}

/**
 * A peer group belongs to no one cycle (its members' cycles may use different versions), so the rules of the
 * newest published framework version when it is formed apply, as for a peer auditor's training; the
 * placeholders before any version is published.
 */
export async function currentPeerGroupDurations(em: EntityManager, testSecondsDurations: boolean): Promise<PeerGroupDurations> {
  const current = await newestPublishedVersion(em);
  return peerGroupDurationsFrom(current?.rules ?? PLACEHOLDER_RULES, testSecondsDurations);
}
