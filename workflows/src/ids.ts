/** The one place a cycle's business workflow ID is built, so a second start finds the first. */
export const CYCLE_WORKFLOW_PREFIX = 'certification-cycle-';

export function cycleWorkflowId(cycleId: string): string {
  return `${CYCLE_WORKFLOW_PREFIX}${cycleId}`;
}

export const DEFAULT_TASK_QUEUE = 'labelcycle-cycles';

/** The Temporal Schedule that runs the reconcile daily; one ID, so creating it twice finds the first. */
export const RECONCILE_SCHEDULE_ID = 'labelcycle-reconcile-cycles';

/** The one place a peer group's workflow ID is built: forming (or confirming) a group twice finds the first. */
export function peerGroupWorkflowId(groupId: string): string {
  return `peer-group-${groupId}`;
}
