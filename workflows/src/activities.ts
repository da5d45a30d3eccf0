import type { Phase } from './rules';

/**
 * The ports the cycle workflow needs. Only the interface lives here; the server implements it
 * (database projection and locks), so this package stays free of I/O.
 */

export interface TransitionRecord {
  cycleId: string;
  seq: number;
  fromPhase: Phase | null;
  toPhase: Phase;
  command: string;
  /** The user who caused it; null for the workflow's own timers. */
  actorId: string | null;
  /** Workflow time of the transition (deterministic), as ISO 8601. */
  at: string;
  summary: string;
}

export interface CycleActivities {
  /** Writes one transition to the projection; applying the same `seq` twice changes nothing. */
  projectTransition(record: TransitionRecord): Promise<void>;
  /**
   * Locks the self-evaluation answers if every norm in scope is scored, in one database transaction.
   * Returns the codes of the norms still unscored (empty when locked). Locking twice is harmless.
   */
  lockSelfEvaluation(input: { cycleId: string }): Promise<{ unscoredNormCodes: string[] }>;
}
