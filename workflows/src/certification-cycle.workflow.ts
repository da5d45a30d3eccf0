import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { CycleActivities } from './activities';
import { CycleState } from './cycle-state';
import {
  completePreparationUpdate,
  cycleStateQuery,
  submitSelfEvaluationUpdate,
  type CycleWorkflowInput,
} from './messages';
import { TRANSITIONS, missingPreparation, phaseRefusal, type Command, type Phase, type RefusalCode } from './rules';

const { projectTransition, lockSelfEvaluation } = proxyActivities<CycleActivities>({
  startToCloseTimeout: '10 seconds',
  // Projection must eventually land, so retry without limit but never hammer a database that is down.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** Details travel with the refusal so the server can hand them to the client as extensions. */
function refuse(code: RefusalCode, message: string, details?: Record<string, unknown>): never {
  throw ApplicationFailure.create({ type: code, message, nonRetryable: true, details: details ? [details] : undefined });
}

function guardPhase(state: CycleState, command: Command): void {
  const refusal = phaseRefusal(command, state.phase);
  if (refusal) refuse(refusal.code, refusal.message);
}

/** Phases in which the workflow may end; none yet, the cycle waits for its next command. */
function isFinal(_phase: Phase): boolean {
  return false;
}

export async function certificationCycleWorkflow(input: CycleWorkflowInput): Promise<void> {
  const state = new CycleState(input.cycleId);

  async function transition(command: Command, actorId: string, summary: string): Promise<void> {
    const { from, to } = TRANSITIONS[command];
    state.phase = to;
    state.seq += 1;
    // Date in workflow code is the deterministic workflow clock, replayed identically.
    await projectTransition({
      cycleId: input.cycleId,
      seq: state.seq,
      fromPhase: from,
      toPhase: to,
      command,
      actorId,
      at: new Date().toISOString(),
      summary,
    });
  }

  /** Runs a command handler exclusively: the validator ran earlier, so the phase is checked again inside. */
  async function exclusive<T>(command: Command, body: () => Promise<T>): Promise<T> {
    await condition(() => !state.busy);
    state.busy = true;
    try {
      guardPhase(state, command);
      return await body();
    } finally {
      state.busy = false;
    }
  }

  setHandler(cycleStateQuery, () => state.view());

  setHandler(
    completePreparationUpdate,
    (args) =>
      exclusive('completePreparation', async () => {
        await transition('completePreparation', args.actorId, 'Voorbereiding afgerond; zelfevaluatie gestart');
        return state.view();
      }),
    {
      validator: (args) => {
        guardPhase(state, 'completePreparation');
        const missing = missingPreparation(args.preparation);
        if (missing.length > 0) refuse('INCOMPLETE', `Preparation is incomplete: ${missing.join(', ')}.`, { missing });
      },
    },
  );

  setHandler(
    submitSelfEvaluationUpdate,
    (args) =>
      exclusive('submitSelfEvaluation', async () => {
        const { unscoredNormCodes } = await lockSelfEvaluation({ cycleId: input.cycleId });
        if (unscoredNormCodes.length > 0) {
          refuse('INCOMPLETE', `Every norm needs a score before submitting; unscored: ${unscoredNormCodes.join(', ')}.`, {
            unscoredNormCodes,
          });
        }
        await transition('submitSelfEvaluation', args.actorId, 'Zelfevaluatie ingediend');
        return state.view();
      }),
    { validator: (_args) => guardPhase(state, 'submitSelfEvaluation') },
  );

  // The start itself is the first entry of the audit trail (seq 1), written through the same projection.
  // Commands wait for it (busy), so the trail never shows a transition before the start.
  state.busy = true;
  state.seq = 1;
  await projectTransition({
    cycleId: input.cycleId,
    seq: 1,
    fromPhase: null,
    toPhase: 'PREPARATION',
    command: 'startCycle',
    actorId: input.startedBy,
    at: new Date(workflowInfo().startTime).toISOString(),
    summary: 'Cyclus gestart',
  });
  state.busy = false;

  await condition(() => isFinal(state.phase) && allHandlersFinished());
}
