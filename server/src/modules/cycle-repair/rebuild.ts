import type { MikroORM } from '@mikro-orm/postgresql';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { cycleWorkflowId } from '../../../../workflows/src/ids';
import type { CycleResume, CycleWorkflowInput } from '../../../../workflows/src/messages';
import type { Phase } from '../../../../workflows/src/rules';
import { durationsFrom } from '../cycle/cycle-durations';
import { respondentDueAt } from '../respondent/respondent-due';
import { inBatches, projectedCycles, type ProjectedCycle } from './projected-cycles';

export type RebuildOutcome = 'STARTED' | 'WOULD_START' | 'WORKFLOW_EXISTS' | 'START_FAILED';

export interface RebuildEntry {
  cycleId: string;
  outcome: RebuildOutcome;
  phase: Phase;
  step: string | null;
  seq: number;
  note?: string;
}

export interface RebuildOptions {
  taskQueue: string;
  testSecondsDurations: boolean;
  dryRun?: boolean;
  cycleIds?: readonly string[];
  pageSize?: number;
}

/** Which deadline runs in a phase, when the projection has a due date (see the workflow's transitions). */
const DEADLINE_KIND: Partial<Record<Phase, NonNullable<CycleResume['deadline']>['kind']>> = {
  SELF_EVALUATION: 'SELF_EVALUATION',
  EXTERNAL_AUDIT: 'DRAFT_REPORT_REPLY',
  IMPROVEMENT_PLAN: 'IMPROVEMENT_PLAN',
};

/** Where the projection says the cycle stands, in the workflow's terms. */
export function resumeFrom(p: ProjectedCycle, testSecondsDurations = false): CycleResume {
  const kind = DEADLINE_KIND[p.phase];
  return {
    phase: p.phase,
    step: p.step,
    seq: p.seq,
    deadline:
      p.dueAt && kind
        ? { kind, startMs: (p.deadlineStartedAt ?? p.dueAt).getTime(), dueMs: p.dueAt.getTime(), escalated: p.overdue }
        : null,
    proposedDates: p.proposedAuditDates,
    engagedAtMs: p.engagedAt?.getTime() ?? null,
    confirmedAuditDate: p.confirmedAuditDate,
    leadAuditorId: p.leadAuditorId,
    coAuditorId: p.coAuditorId,
    certificate: p.certificate
      ? { number: p.certificate.number, validFromMs: p.certificate.validFrom.getTime(), validUntilMs: p.certificate.validUntil.getTime() }
      : null,
    nextCycleId: p.nextCycleId,
    registrationValidUntilMs: p.registrationValidUntil?.getTime() ?? null,
    // Timed again from the invitation as the api timed it; a reminder already due goes out at once.
    respondentReminders: p.respondentBatches.map((b) => ({
      dueDate: b.dueDate,
      invitedAt: b.invitedAt.toISOString(),
      dueAt: new Date(respondentDueAt(b.dueDate, b.invitedAt.getTime(), p.rules, testSecondsDurations)).toISOString(),
    })),
  };
}

function workflowInput(p: ProjectedCycle, testSecondsDurations: boolean): CycleWorkflowInput {
  return {
    cycleId: p.id,
    organisationId: p.organisationId,
    startedBy: p.startedById,
    durations: durationsFrom(p.rules, testSecondsDurations),
    previousCycleId: p.previousCycleId,
    resume: resumeFrom(p, testSecondsDurations),
  };
}

/**
 * After a lost Temporal store: starts each open cycle's workflow where its projection stands. It reads and
 * writes no content and no projection; a cycle whose workflow runs, or completed, is refused and reported,
 * so running it twice, or on a healthy system, starts nothing twice.
 */
export async function rebuildCycles(orm: MikroORM, client: Client, opts: RebuildOptions): Promise<RebuildEntry[]> {
  const em = orm.em.fork();
  const entries: RebuildEntry[] = [];
  for await (const page of projectedCycles(em, { pageSize: opts.pageSize ?? 200, cycleIds: opts.cycleIds })) {
    entries.push(...(await inBatches(page, 8, (p) => rebuildOne(client, p, opts))));
  }
  return entries;
}

async function rebuildOne(client: Client, p: ProjectedCycle, opts: RebuildOptions): Promise<RebuildEntry> {
  const entry = (outcome: RebuildOutcome, note?: string): RebuildEntry => ({ cycleId: p.id, outcome, phase: p.phase, step: p.step, seq: p.seq, ...(note && { note }) });
  const workflowId = cycleWorkflowId(p.id);
  if (opts.dryRun) {
    const exists = await client.workflow.getHandle(workflowId).describe().then(
      (d) => d.status.name,
      () => null,
    );
    return exists ? entry('WORKFLOW_EXISTS', `a workflow exists (${exists})`) : entry('WOULD_START');
  }
  try {
    await client.workflow.start('certificationCycleWorkflow', {
      workflowId,
      taskQueue: opts.taskQueue,
      args: [workflowInput(p, opts.testSecondsDurations)],
      // Refuse, never attach: a running workflow holds the cycle's own history. A workflow that completed
      // ended the cycle (reconcile brings the projection there); one terminated or failed may be replaced.
      workflowIdConflictPolicy: 'FAIL',
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    });
    return entry('STARTED');
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      const status = await client.workflow.getHandle(workflowId).describe().then((d) => d.status.name, () => 'unknown');
      return entry('WORKFLOW_EXISTS', `a workflow exists (${status}); not started again`);
    }
    return entry('START_FAILED', err instanceof Error ? err.message : String(err));
  }
}
