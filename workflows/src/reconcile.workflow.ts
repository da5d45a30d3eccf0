import { proxyActivities } from '@temporalio/workflow';
import type { ReconcileActivities, ReconcileSummary } from './activities';

const { reconcileCycles } = proxyActivities<ReconcileActivities>({
  // A sector's worth of cycles is read page by page; the activity reports progress through heartbeats.
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '1 minute', maximumAttempts: 3 },
});

/** One scheduled reconcile: repairs every open cycle's projection from its workflow. */
export async function reconcileCyclesWorkflow(): Promise<ReconcileSummary> {
  return reconcileCycles({ dryRun: false });
}
