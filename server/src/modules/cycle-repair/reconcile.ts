import { raw } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { cycleWorkflowId } from '../../../../workflows/src/ids';
import { cycleStateQuery, type CycleStateView } from '../../../../workflows/src/messages';
import { Cycle } from '../cycle/cycle.entity';
import { differences, workflowClosed, type Difference } from './cycle-agreement';
import { inBatches, projectedCycles, type ProjectedCycle } from './projected-cycles';

export type ReconcileOutcome =
  | 'AGREES'
  | 'REPAIRED'
  /** --dry-run: what would be repaired. */
  | 'WOULD_REPAIR'
  /** The cycle moved between the read and the repair; the next run looks again. */
  | 'CHANGED_MEANWHILE'
  /** No workflow for the cycle: after a lost store, cycles:rebuild starts it. */
  | 'NO_WORKFLOW'
  /** The workflow knows fewer transitions than the projection: it is not the cycle's own history. */
  | 'WORKFLOW_BEHIND'
  | 'QUERY_FAILED';

export interface ReconcileEntry {
  cycleId: string;
  outcome: ReconcileOutcome;
  differences: Difference[];
  /** Transitions the workflow made that the audit trail does not hold yet (they land when projected). */
  missingTransitions: number;
  note?: string;
}

export interface ReconcileOptions {
  dryRun: boolean;
  cycleIds?: readonly string[];
  pageSize?: number;
  /** How many workflow queries run at once. */
  queryWidth?: number;
  /** Called after each page (the scheduled activity heartbeats here). */
  onPage?: (checked: number) => void;
}

/**
 * Compares every open cycle's workflow state (its `state` query) with the projection and repairs the
 * projection from the workflow, which owns the process. Repeating it changes nothing more. Only the
 * columns the workflow holds are written, and only while the projection's seq is the one that was read,
 * so a transition projected meanwhile is never overwritten with an older state. The seq itself is left
 * alone: a transition still on its way to PostgreSQL then still lands with its audit-trail entry.
 */
export async function reconcileCycles(orm: MikroORM, client: Client, opts: ReconcileOptions): Promise<ReconcileEntry[]> {
  const em = orm.em.fork();
  const entries: ReconcileEntry[] = [];
  for await (const page of projectedCycles(em, { pageSize: opts.pageSize ?? 200, cycleIds: opts.cycleIds })) {
    entries.push(...(await inBatches(page, opts.queryWidth ?? 8, (p) => reconcileOne(em, client, p, opts.dryRun))));
    opts.onPage?.(entries.length);
  }
  return entries;
}

async function reconcileOne(em: EntityManager, client: Client, p: ProjectedCycle, dryRun: boolean): Promise<ReconcileEntry> {
  const entry = (outcome: ReconcileOutcome, diffs: Difference[] = [], missing = 0, note?: string): ReconcileEntry => ({
    cycleId: p.id,
    outcome,
    differences: diffs,
    missingTransitions: missing,
    ...(note && { note }),
  });
  let w: CycleStateView;
  try {
    w = await client.workflow.getHandle(cycleWorkflowId(p.id)).query(cycleStateQuery);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return entry('NO_WORKFLOW', [], 0, 'run cycles:rebuild to start it from the projection');
    return entry('QUERY_FAILED', [], 0, err instanceof Error ? err.message : String(err));
  }
  if (w.seq < p.seq) {
    return entry('WORKFLOW_BEHIND', [], 0, `the workflow is at transition ${w.seq}, the projection at ${p.seq}: a workflow started afresh for an existing cycle; the projection is kept`);
  }
  const diffs = differences(p, w);
  const missing = w.seq - p.seq;
  if (diffs.length === 0) return entry('AGREES', [], missing);
  if (dryRun) return entry('WOULD_REPAIR', diffs, missing);
  const updated = await em.nativeUpdate(Cycle, { id: p.id, seq: p.seq }, repairOf(p, w));
  return entry(updated === 1 ? 'REPAIRED' : 'CHANGED_MEANWHILE', diffs, missing);
}

/** The projection's columns as the workflow holds them. */
function repairOf(p: ProjectedCycle, w: CycleStateView) {
  return {
    phase: w.phase,
    step: w.step,
    dueAt: w.dueAt === null ? null : new Date(w.dueAt),
    overdue: w.overdue,
    leadAuditor: w.leadAuditorId,
    coAuditor: w.coAuditorId,
    proposedAuditDates: w.proposedDates,
    confirmedAuditDate: w.confirmedAuditDate,
    // When the phase was wrong its true start is unknown here: the repair is its start in the projection.
    ...(p.phase !== w.phase && { phaseChangedAt: new Date() }),
    ...(workflowClosed(w) && { closedAt: raw('coalesce(closed_at, now())') }),
  };
}
