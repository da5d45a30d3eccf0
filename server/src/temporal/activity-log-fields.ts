import type { Context as ActivityContext } from '@temporalio/activity';
import type { ActivityInterceptors } from '@temporalio/worker';
import { CYCLE_WORKFLOW_PREFIX } from '../../../workflows/src/ids';
import { runWithLogFields } from '../common/log-context';

/**
 * Runs each activity with its workflow, its cycle (read from the workflow ID) and its type on every line
 * logged while it runs, through any logger, as a request has its ID on the api; the SDK's lines about the
 * activity get the cycle too.
 */
export function activityLogFields(ctx: ActivityContext): ActivityInterceptors {
  const { workflowExecution, activityType } = ctx.info;
  const workflowId = workflowExecution?.workflowId;
  const cycleId = workflowId?.startsWith(CYCLE_WORKFLOW_PREFIX) ? workflowId.slice(CYCLE_WORKFLOW_PREFIX.length) : undefined;
  return {
    inbound: {
      execute: (input, next) => runWithLogFields({ activityType, ...(workflowId ? { workflowId } : {}), ...(cycleId ? { cycleId } : {}) }, () => next(input)),
    },
    // The SDK's own lines about the activity (started, completed, failed) are written outside `execute`:
    // they get the cycle through the attributes it asks for.
    outbound: {
      getLogAttributes: (input, next) => next(cycleId ? { ...input, cycleId } : input),
    },
  };
}
