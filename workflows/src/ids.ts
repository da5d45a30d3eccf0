/** The one place a cycle's business workflow ID is built, so a second start finds the first. */
export const CYCLE_WORKFLOW_PREFIX = 'certification-cycle-';

export function cycleWorkflowId(cycleId: string): string {
  return `${CYCLE_WORKFLOW_PREFIX}${cycleId}`;
}

export const DEFAULT_TASK_QUEUE = 'labelcycle-cycles';
