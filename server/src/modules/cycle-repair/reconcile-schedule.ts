import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptionsStartWorkflowAction } from '@temporalio/client';
import { RECONCILE_SCHEDULE_ID } from '../../../../workflows/src/ids';
import type { reconcileCyclesWorkflow } from '../../../../workflows/src/reconcile.workflow';

export interface ReconcileScheduleSettings {
  taskQueue: string;
  /** A cron expression (minute hour day month weekday), or null for no schedule. */
  cron: string | null;
  timezone: string;
}

/**
 * Creates the daily reconcile schedule, or brings an existing one to the current settings, so every worker
 * start may call it: the schedule ID is fixed and Temporal holds one. Without a cron the schedule is deleted.
 * Runs that would overlap are skipped: one reconcile at a time.
 */
export async function ensureReconcileSchedule(client: Client, settings: ReconcileScheduleSettings): Promise<'created' | 'updated' | 'deleted' | 'none'> {
  const handle = client.schedule.getHandle(RECONCILE_SCHEDULE_ID);
  if (settings.cron === null) {
    return handle.delete().then(
      () => 'deleted' as const,
      () => 'none' as const,
    );
  }
  const spec = { cronExpressions: [settings.cron], timezone: settings.timezone };
  const action: ScheduleOptionsStartWorkflowAction<typeof reconcileCyclesWorkflow> = {
    type: 'startWorkflow',
    workflowType: 'reconcileCyclesWorkflow',
    workflowId: 'reconcile-cycles',
    taskQueue: settings.taskQueue,
  };
  try {
    await client.schedule.create({ scheduleId: RECONCILE_SCHEDULE_ID, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
    return 'created';
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await handle.update((previous) => ({ ...previous, spec, action }));
    return 'updated';
  }
}
