import type { Phase, Step } from '../../../workflows/src/rules';
import { DomainError } from './errors';

/** A phase, and optionally the steps inside it, where some content may be written. */
export interface OpenWhere {
  phase: Phase;
  steps?: readonly Step[];
}

/**
 * Content (audits, findings, actions) is written straight to the database, not through the workflow, so the
 * guard is the projected position of the cycle. The refusal names where the write is possible and where the
 * cycle is now, so a person can see why and what has to happen first.
 */
export function assertContentOpen(at: { phase: Phase; step: Step | null }, action: string, open: readonly OpenWhere[]): void {
  const allowed = open.some((w) => w.phase === at.phase && (!w.steps || (at.step !== null && w.steps.includes(at.step))));
  if (allowed) return;
  const where = open.map((w) => (w.steps ? `${w.phase} (${w.steps.join(' or ')})` : w.phase)).join(' or ');
  const now = at.step ? `${at.phase} (${at.step})` : at.phase;
  throw new DomainError('WRONG_PHASE', `${action} only in ${where}; this cycle is in ${now}.`, undefined, {
    phase: at.phase,
    step: at.step,
  });
}
