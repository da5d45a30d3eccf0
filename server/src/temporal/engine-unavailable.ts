import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { DomainError } from '../common/errors';

/** How long a client is asked to wait before it tries again: about as long as a restarted worker or server takes. */
export const ENGINE_RETRY_AFTER_SECONDS = 5;

/**
 * The gRPC status codes (numbered as gRPC numbers them) of a call that may well succeed when repeated: the
 * server is unreachable or restarting, it ran out of time, or it is too busy to take the call now.
 */
const GRPC_TRANSIENT = new Set([
  4, // DEADLINE_EXCEEDED
  8, // RESOURCE_EXHAUSTED
  14, // UNAVAILABLE
]);
const GRPC_FAILED_PRECONDITION = 9;

/**
 * Temporal refuses an Update with FAILED_PRECONDITION and a WorkflowNotReadyFailure while the workflow's
 * last task failed (its worker was killed in the middle of it, say); the next worker's task clears it. The
 * detail's type name is plain text in the encoded status; the message is the fallback for a server that
 * sends no detail.
 */
const WORKFLOW_NOT_READY = 'WorkflowNotReadyFailure';
const WORKFLOW_TASK_FAILED = /^Unable to perform workflow execution update due to .*workflow task/i;

/**
 * Whether a failed call to Temporal is transient: the engine could not be reached, did not answer in time,
 * or could not run the workflow's task just now. A workflow's own refusal (an Update that failed with an
 * ApplicationFailure) is not transient, nor is any other service error (a workflow that is not found, say).
 */
export function isTransientEngineFailure(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (!isGrpcServiceError(e)) continue;
    if (GRPC_TRANSIENT.has(e.code)) return true;
    if (e.code === GRPC_FAILED_PRECONDITION) return workflowNotReady(e);
    return false;
  }
  return false;
}

function workflowNotReady(e: { details: string; metadata: { get(key: string): unknown[] } }): boolean {
  const detail = e.metadata.get('grpc-status-details-bin')[0];
  if (Buffer.isBuffer(detail) && detail.toString('latin1').includes(WORKFLOW_NOT_READY)) return true;
  return WORKFLOW_TASK_FAILED.test(e.details);
}

/**
 * The refusal a transient failure becomes. It does not claim that nothing changed: a call that ran out of
 * time may have reached the workflow. What holds is that the Update's ID carries the clientMutationId, so a
 * retry with the same ID is applied at most once and answers with the result.
 */
export function engineUnavailable(cause: unknown): DomainError {
  return new DomainError(
    'UNAVAILABLE',
    'The process engine is busy or restarting, so this command could not be confirmed. Try again in a moment with the same clientMutationId: it is applied at most once.',
    undefined,
    { retryAfterSeconds: ENGINE_RETRY_AFTER_SECONDS },
    cause,
  );
}

/**
 * The refusal a transient failure of a signal becomes. A signal is sent last in its caller's transaction,
 * so the failure rolls back everything the request stored; a signal that did reach the workflow meanwhile
 * names rows that were never committed and finds nothing to act on.
 */
export function engineUnavailableNothingSaved(cause: unknown): DomainError {
  return new DomainError(
    'UNAVAILABLE',
    'The process engine is busy or restarting, so nothing was saved. Try again in a moment.',
    undefined,
    { retryAfterSeconds: ENGINE_RETRY_AFTER_SECONDS },
    cause,
  );
}
