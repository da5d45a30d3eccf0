import { Metadata, status } from '@grpc/grpc-js';
import { callErrorFromStatus } from '@grpc/grpc-js/build/src/call';
import { google, temporal } from '@temporalio/proto';
import { ApplicationFailure, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { DomainError } from '../../server/src/common/errors';
import { ENGINE_RETRY_AFTER_SECONDS, engineUnavailable, isTransientEngineFailure } from '../../server/src/temporal/engine-unavailable';

/** A gRPC error as @grpc/grpc-js makes it from a call's status, with the status details Temporal sends along. */
function grpcError(code: status, details: string, statusDetails?: { typeUrl: string; value: Uint8Array }) {
  const metadata = new Metadata();
  if (statusDetails) {
    const encoded = google.rpc.Status.encode({ code, message: details, details: [{ type_url: statusDetails.typeUrl, value: statusDetails.value }] }).finish();
    metadata.set('grpc-status-details-bin', Buffer.from(encoded));
  }
  return callErrorFromStatus({ code, details, metadata }, 'at the test');
}

/** What the client throws for a failed Update RPC other than a timeout: the gRPC error as the cause. */
const updateFailed = (cause: Error) => new ServiceError('Workflow Update failed', { cause });

const notReadyDetail = {
  typeUrl: 'type.googleapis.com/temporal.api.errordetails.v1.WorkflowNotReadyFailure',
  value: temporal.api.errordetails.v1.WorkflowNotReadyFailure.encode({}).finish(),
};

describe('isTransientEngineFailure', () => {
  it.each([
    ['the server unreachable', updateFailed(grpcError(status.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:7233'))],
    ['the server too busy', updateFailed(grpcError(status.RESOURCE_EXHAUSTED, 'namespace rate limit exceeded'))],
    ['a deadline on a call other than an Update', updateFailed(grpcError(status.DEADLINE_EXCEEDED, 'context deadline exceeded'))],
    ['an Update call that timed out', new WorkflowUpdateRPCTimeoutOrCancelledError('Workflow update call timeout or cancelled', { cause: grpcError(status.DEADLINE_EXCEEDED, 'Deadline exceeded') })],
    ['the workflow task in failed state (its detail, whatever the wording)', updateFailed(grpcError(status.FAILED_PRECONDITION, 'Workflow not ready.', notReadyDetail))],
    ['the workflow task in failed state (the message alone)', updateFailed(grpcError(status.FAILED_PRECONDITION, 'Unable to perform workflow execution update due to Workflow Task in failed state.'))],
    ['the workflow task failed (an older wording)', updateFailed(grpcError(status.FAILED_PRECONDITION, 'Unable to perform workflow execution update due to unexpected workflow task failure.'))],
    ['a bare gRPC error', grpcError(status.UNAVAILABLE, 'Connection dropped')],
  ])('is transient: %s', (_, err) => {
    expect(isTransientEngineFailure(err)).toBe(true);
  });

  it.each([
    ['a workflow refusal', new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'WRONG_PHASE', message: 'Not now.', nonRetryable: true }))],
    ['another precondition', updateFailed(grpcError(status.FAILED_PRECONDITION, 'Workflow is not running'))],
    ['a workflow not found', new WorkflowNotFoundError('Workflow not found', 'certification-cycle-x', undefined)],
    ['an invalid argument', updateFailed(grpcError(status.INVALID_ARGUMENT, 'UpdateId exceeds length limit.'))],
    ['an error that is not Temporal’s', new Error('connect ECONNREFUSED')],
    ['something not an error', 'UNAVAILABLE'],
  ])('is not transient: %s', (_, err) => {
    expect(isTransientEngineFailure(err)).toBe(false);
  });
});

describe('engineUnavailable', () => {
  it('is an UNAVAILABLE refusal with a wait, keeping the failure as its cause', () => {
    const cause = updateFailed(grpcError(status.UNAVAILABLE, 'unreachable'));
    const refusal = engineUnavailable(cause);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('UNAVAILABLE');
    expect(refusal.details).toEqual({ retryAfterSeconds: ENGINE_RETRY_AFTER_SECONDS });
    expect(refusal.message).toMatch(/same clientMutationId/);
    expect(refusal.cause).toBe(cause);
  });
});
