import { ApplicationFailure, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { cycleWorkflowId, peerGroupWorkflowId } from '../../../workflows/src/ids';
import {
  peerGroupProgressSignal,
  startedUpdate,
  type CommandArgs,
  type CommandUpdate,
  type CycleSignal,
  type CycleStateView,
  type CycleWorkflowInput,
  type PeerGroupWorkflowInput,
} from '../../../workflows/src/messages';
import { REFUSALS, type RefusalCode } from '../../../workflows/src/rules';
import { DomainError } from '../common/errors';
import { addLogFields } from '../common/log-context';
import { engineUnavailable, engineUnavailableNothingSaved, isTransientEngineFailure } from './engine-unavailable';

/**
 * The server's side of the cycle workflow: starting it idempotently and sending commands as Updates whose
 * ID carries the client's mutation ID, so a retried mutation is applied once. Refusals come back as DomainErrors.
 */
export class CycleCommands {
  constructor(
    /** Also the learning years' (LearningYearCommands): one client per process. */
    readonly client: Client,
    readonly taskQueue: string,
  ) {
    this.peerGroups = new PeerGroupWorkflows(client, taskQueue);
  }

  /** The peer groups' workflows, on the same connection and task queue. */
  readonly peerGroups: PeerGroupWorkflows;

  /** Resolves when the Temporal frontend answers (for `/readyz`); rejects when it does not. */
  async ping(): Promise<void> {
    await this.client.connection.workflowService.getSystemInfo({});
  }

  ensureStarted(input: CycleWorkflowInput): Promise<void> {
    return startOnce(this.client, this.taskQueue, 'certificationCycleWorkflow', concerning(input.cycleId), input);
  }

  /** Waits until the workflow has recorded its start in the projection (its first audit-trail entry). */
  async awaitStarted(cycleId: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(concerning(cycleId)).executeUpdate(startedUpdate, { updateId: 'started' });
    } catch (err) {
      throw toDomainError(err);
    }
  }

  /**
   * Tells the workflow something it acts on later (fire-and-forget); resolves once Temporal has recorded it.
   * Send it last inside the caller's transaction: a transient failure then becomes UNAVAILABLE and rolls
   * back what the request stored. A signal has no ID Temporal deduplicates by, so one that ran out of time
   * may still arrive; the workflow's handlers act only on rows the signal names, and those were not kept.
   */
  async signal<A>(cycleId: string, signal: CycleSignal<A>, args: A): Promise<void> {
    try {
      await this.client.workflow.getHandle(concerning(cycleId)).signal(signal, args);
    } catch (err) {
      throw isTransientEngineFailure(err) ? engineUnavailableNothingSaved(err) : err;
    }
  }

  /**
   * Sends one command and waits for its result (the new state) or its refusal. Temporal keeps an Update ID
   * per workflow whoever sent it, so the ID names the caller and the command as well as the client's ID:
   * two callers (or two commands) with the same client ID can never be taken for each other's retry.
   */
  async send<A extends CommandArgs>(cycleId: string, sender: { callerId: string; clientMutationId: string }, update: CommandUpdate<A>, args: A): Promise<CycleStateView> {
    const updateId = `${update.name}:${sender.callerId}:${sender.clientMutationId}`;
    try {
      return await this.client.workflow.getHandle(concerning(cycleId)).executeUpdate(update, { args: [args], updateId });
    } catch (err) {
      throw toDomainError(err);
    }
  }
}

/**
 * The server's side of the peer group's workflow: started once per formed group (a second start attaches to
 * the first), and told when a visit is confirmed or a learning report made final.
 */
export class PeerGroupWorkflows {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
  ) {}

  start(input: PeerGroupWorkflowInput): Promise<void> {
    return startOnce(this.client, this.taskQueue, 'peerGroupWorkflow', peerGroupWorkflowId(input.groupId), input);
  }

  /**
   * Tells the group's workflow to look at its progress again. Sent after the change is committed, so the
   * workflow reads it; a signal lost here only waits for the workflow's own next look (its progressCheck).
   */
  async progressed(groupId: string): Promise<void> {
    await this.client.workflow.getHandle(peerGroupWorkflowId(groupId)).signal(peerGroupProgressSignal).catch(() => undefined);
  }
}

/** Starts a workflow by its business ID; a second start of the same ID attaches to the running one instead of failing. */
async function startOnce<I>(client: Client, taskQueue: string, workflowType: string, workflowId: string, input: I): Promise<void> {
  try {
    await client.workflow.start(workflowType, { workflowId, taskQueue, args: [input], workflowIdConflictPolicy: 'USE_EXISTING' });
  } catch (err) {
    throw toDomainError(err);
  }
}

/** The cycle's workflow ID, with both on the log lines of the request from here on. */
function concerning(cycleId: string): string {
  const workflowId = cycleWorkflowId(cycleId);
  addLogFields({ cycleId, workflowId });
  return workflowId;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A workflow's refusal as the DomainError it stands for; a transient failure of Temporal (the start and both
 * Updates are idempotent by their IDs, so a retry is safe) as UNAVAILABLE; anything else as it is.
 */
function toDomainError(err: unknown): unknown {
  if (isTransientEngineFailure(err)) return engineUnavailable(err);
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const type = err.cause.type as RefusalCode | undefined;
    if (type && (REFUSALS as readonly string[]).includes(type)) {
      const [details] = err.cause.details ?? [];
      const data = isRecord(details) ? details : undefined;
      return new DomainError(type, err.cause.message, typeof data?.field === 'string' ? data.field : undefined, data);
    }
  }
  return err;
}
