import type { ReconcileSummary } from '../../../../workflows/src/activities';
import type { RebuildEntry } from './rebuild';
import type { ReconcileEntry } from './reconcile';

const value = (v: unknown) => JSON.stringify(v);

/** The reconcile report: one line per cycle that did not agree, then the figures. Agreeing cycles are counted only. */
export function reconcileLines(entries: readonly ReconcileEntry[], dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const e of entries) {
    if (e.outcome === 'AGREES' && e.missingTransitions === 0) continue;
    const changes = e.differences.map((d) => `${d.field} ${value(d.projection)} -> ${value(d.workflow)}`).join('; ');
    const missing = e.missingTransitions > 0 ? ` (${e.missingTransitions} transition(s) not yet projected)` : '';
    lines.push(`cycle ${e.cycleId}: ${e.outcome}${changes ? `: ${changes}` : ''}${missing}${e.note ? ` — ${e.note}` : ''}`);
  }
  const s = reconcileSummary(entries);
  lines.push(`${dryRun ? 'dry run, nothing written: ' : ''}${s.checked} open cycle(s) checked, ${s.agreed} agreed, ${s.repaired} ${dryRun ? 'would be repaired' : 'repaired'}, ${s.unresolved} unresolved`);
  return lines;
}

export function reconcileSummary(entries: readonly ReconcileEntry[]): ReconcileSummary {
  const count = (...outcomes: ReconcileEntry['outcome'][]) => entries.filter((e) => outcomes.includes(e.outcome)).length;
  return {
    checked: entries.length,
    agreed: count('AGREES'),
    repaired: count('REPAIRED', 'WOULD_REPAIR'),
    unresolved: count('CHANGED_MEANWHILE', 'NO_WORKFLOW', 'WORKFLOW_BEHIND', 'QUERY_FAILED'),
  };
}

/** The rebuild report: every cycle with what happened to it, then the figures. */
export function rebuildLines(entries: readonly RebuildEntry[], dryRun: boolean): string[] {
  const lines = entries.map((e) => `cycle ${e.cycleId}: ${e.outcome} at ${e.phase}${e.step ? `/${e.step}` : ''} (transition ${e.seq})${e.note ? ` — ${e.note}` : ''}`);
  const started = entries.filter((e) => e.outcome === 'STARTED' || e.outcome === 'WOULD_START').length;
  const refused = entries.filter((e) => e.outcome === 'WORKFLOW_EXISTS').length;
  const failed = entries.filter((e) => e.outcome === 'START_FAILED').length;
  lines.push(`${dryRun ? 'dry run, nothing started: ' : ''}${entries.length} open cycle(s), ${started} ${dryRun ? 'would be started' : 'started'}, ${refused} refused (workflow exists), ${failed} failed`);
  return lines;
}
