import type { CycleStateView } from '../../../../workflows/src/messages';
import { FINAL_PHASES } from '../../../../workflows/src/rules';
import type { ProjectedCycle } from './projected-cycles';

/** One column of the projection that differs from what the workflow holds. */
export interface Difference {
  field: 'phase' | 'step' | 'dueAt' | 'overdue' | 'leadAuditorId' | 'coAuditorId' | 'proposedAuditDates' | 'confirmedAuditDate' | 'closed';
  projection: unknown;
  workflow: unknown;
}

const ms = (d: Date | string | null) => (d === null ? null : new Date(d).getTime());
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/**
 * What the projection holds from the workflow, compared field by field. The content the commands carried
 * (reports, decisions, the chosen variant) is not compared: the workflow does not keep it, PostgreSQL owns it.
 * Closing goes one way: a projection closed while the workflow is not yet is no difference, since the
 * activity that opens the next cycle closes this one just before the workflow records it, and reopening
 * could give an organisation two open cycles.
 */
export function differences(p: ProjectedCycle, w: CycleStateView): Difference[] {
  const out: Difference[] = [];
  const add = (field: Difference['field'], projection: unknown, workflow: unknown, same: boolean) => {
    if (!same) out.push({ field, projection, workflow });
  };
  add('phase', p.phase, w.phase, p.phase === w.phase);
  add('step', p.step, w.step, p.step === w.step);
  add('dueAt', iso(p.dueAt), w.dueAt, ms(p.dueAt) === ms(w.dueAt));
  add('overdue', p.overdue, w.overdue, p.overdue === w.overdue);
  add('leadAuditorId', p.leadAuditorId, w.leadAuditorId, p.leadAuditorId === w.leadAuditorId);
  add('coAuditorId', p.coAuditorId, w.coAuditorId, p.coAuditorId === w.coAuditorId);
  add('proposedAuditDates', p.proposedAuditDates, w.proposedDates, p.proposedAuditDates.join(',') === w.proposedDates.join(','));
  add('confirmedAuditDate', p.confirmedAuditDate, w.confirmedAuditDate, p.confirmedAuditDate === w.confirmedAuditDate);
  add('closed', p.closed, workflowClosed(w), p.closed || !workflowClosed(w));
  return out;
}

/** The workflow closes a cycle when it ends or opens the next one (see the workflow's transitions). */
export function workflowClosed(w: CycleStateView): boolean {
  return w.nextCycleId !== null || FINAL_PHASES.includes(w.phase);
}
