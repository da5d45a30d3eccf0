import { ApplicationFailure, patched, proxyActivities, proxyLocalActivities, type ActivityOptions } from '@temporalio/workflow';
import { Mutex } from 'async-mutex';
import type { Audience, CycleActivities, NotificationRequest, ProcessMessage, TransitionEffects } from './activities';
import { CycleState, type Deadline } from './cycle-state';
import type { CycleWorkflowInput } from './messages';
import { calendarDate, commandRefusal, FINAL_PHASES, reminderMoment, shiftBy, type Command, type Phase, type Refusal, type SchemeDuration, type Step } from './rules';

const ACTIVITY_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  // Projection must eventually land, so retry without limit but never hammer a database that is down.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
};
const remote = proxyActivities<CycleActivities>(ACTIVITY_OPTIONS);
const local = proxyLocalActivities<CycleActivities>(ACTIVITY_OPTIONS);

/** The marker of the change from task-queue activities to local ones (see `acts`). */
export const LOCAL_ACTIVITIES_PATCH = 'local-activities';

/**
 * The cycle's activities: short reads and writes in LabelCycle's own database. They run as local
 * activities, inside the workflow task of the command that needs them, so a command costs its database
 * writes and one workflow task; through the task queue every activity added two dispatches (the activity
 * task and the workflow task that follows it), about 200 ms a command. Histories written before the
 * change replay as they ran: `patched` is false there, true from the first step that runs after it.
 */
export function acts(): CycleActivities {
  return patched(LOCAL_ACTIVITIES_PATCH) ? local : remote;
}

/** The model's refusal as a failure; its details (and the field) travel so the server can hand them on. */
export function refuse(refusal: Refusal): never {
  const details = refusal.field ? { field: refusal.field, ...refusal.details } : refusal.details;
  throw ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true, details: details ? [details] : undefined });
}

/** Refuses when the model gives a refusal; passes otherwise. */
export function check(refusal: Refusal | null): void {
  if (refusal) refuse(refusal);
}

export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * What every step of a running cycle needs: its state, one lock so commands and timers run one at a time,
 * and the two effects a step has (a projected transition, a notification). Date.now() here is Temporal's
 * deterministic workflow clock.
 */
export abstract class CycleRun {
  protected readonly state: CycleState;
  /**
   * One command or timer at a time: each awaits activities, and two interleaving would project moves out of
   * order. Held from the first moment until the start is projected, so an Update that arrives with the start
   * waits for it.
   */
  protected readonly lock = new Mutex();

  constructor(protected readonly input: CycleWorkflowInput) {
    this.state = input.resume ? CycleState.resumed(input.cycleId, input.resume, input.durations.recertificationReminder) : new CycleState(input.cycleId);
  }

  /** Today's calendar date by the workflow's clock, where the scheme runs. */
  protected today(): string {
    return calendarDate(Date.now());
  }

  /** Whether `command` is possible where the cycle stands; a passed deadline is one the clock escalated. */
  protected guard(command: Command): void {
    const { phase, step, deadline } = this.state;
    check(commandRefusal(command, { phase, step, overdue: !!deadline?.escalated }));
  }

  /** Runs one command or timer under the lock; the position is checked again inside, after the wait. */
  protected exclusive<T>(command: Command | null, body: () => Promise<T>): Promise<T> {
    return this.lock.runExclusive(async () => {
      if (command) this.guard(command);
      return body();
    });
  }

  /** Moves the cycle and projects the move; `deadline` starts a new one, null ends the running one. */
  protected async transition(
    command: string,
    actorId: string | null,
    to: { phase: Phase; step: Step | null },
    event: ProcessMessage,
    effects: TransitionEffects = {},
    deadline?: { kind: Deadline['kind']; window: SchemeDuration } | null,
  ): Promise<void> {
    const state = this.state;
    const from = state.phase;
    const now = Date.now();
    const cycle = { ...effects.cycle, step: to.step };
    if (deadline) {
      const dueMs = shiftBy(now, deadline.window);
      state.deadline = { kind: deadline.kind, startMs: now, dueMs, remindMs: reminderMoment(now, dueMs), reminded: false, escalated: false };
      Object.assign(cycle, { dueAt: iso(dueMs), overdue: false });
    } else if (deadline === null) {
      state.deadline = null;
      Object.assign(cycle, { dueAt: null, overdue: false });
    }
    state.phase = to.phase;
    state.step = to.step;
    state.seq += 1;
    state.version += 1;
    if (FINAL_PHASES.includes(to.phase)) cycle.closed = true;
    await acts().projectTransition({
      cycleId: this.input.cycleId,
      seq: state.seq,
      fromPhase: from,
      toPhase: to.phase,
      command,
      actorId,
      at: iso(now),
      event,
      effects: { ...effects, cycle },
    });
  }

  /** Tells the audience, once per cycle and occasion; the message is a code the server words per reader. */
  protected notify(key: string, audience: Audience[], kind: NotificationRequest['kind'], message: ProcessMessage = { code: key }): Promise<void> {
    return acts().notify({ cycleId: this.input.cycleId, key: `${key}#${this.state.seq}`, audience, kind, message });
  }
}
