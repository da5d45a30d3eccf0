import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Phase, PreparationFacts } from './rules';

/**
 * Messages shared by the workflow and the server. Commands a person waits for are Updates (the server
 * returns their result); reads go to PostgreSQL, the `state` query exists for operators and tests.
 */

export interface CycleWorkflowInput {
  cycleId: string;
  organisationId: string;
  startedBy: string;
}

export interface CommandArgs {
  /** The user on whose behalf the command runs, recorded in the audit trail. */
  actorId: string;
}

export interface CompletePreparationArgs extends CommandArgs {
  preparation: PreparationFacts;
}

export type SubmitSelfEvaluationArgs = CommandArgs;

export interface CycleStateView {
  cycleId: string;
  phase: Phase;
  /** Transition sequence number; the projection in PostgreSQL is keyed on it. */
  seq: number;
}

export const completePreparationUpdate = defineUpdate<CycleStateView, [CompletePreparationArgs]>(
  'completePreparation',
);
export const submitSelfEvaluationUpdate = defineUpdate<CycleStateView, [SubmitSelfEvaluationArgs]>(
  'submitSelfEvaluation',
);
export const cycleStateQuery = defineQuery<CycleStateView>('state');
