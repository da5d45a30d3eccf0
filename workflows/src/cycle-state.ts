import type { CycleStateView } from './messages';
import type { Phase } from './rules';

/** The workflow's own memory of the cycle, kept small so it is cheap to carry through continue-as-new. */
export class CycleState {
  phase: Phase = 'PREPARATION';
  seq = 0;
  /** True while a command handler is running, so two commands never interleave across an activity call. */
  busy = false;

  constructor(readonly cycleId: string) {}

  view(): CycleStateView {
    return { cycleId: this.cycleId, phase: this.phase, seq: this.seq };
  }
}
