import {
  calendarDate,
  COMMANDS,
  CONTENT_AREAS,
  contentRefusal,
  nextStep,
  commandRefusal,
  type Party,
  type Refusal,
} from '../../../../workflows/src/rules';
import { DomainError } from '../../common/errors';
import { contentPosition } from '../../common/phase-guard';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { ActionStatus, type ImprovementAction } from '../improvement-plan/improvement-action.entity';
import type { User } from '../user/user.entity';
import type { ActionPermission, NextStep } from './cycle-capabilities.view';
import type { CycleCommandService } from './cycle-command.service';
import type { Cycle } from './cycle.entity';

/** Who may (authorisation) and whether the process allows it now (the model), in the order a mutation checks. */
function judge(authorize: () => void, refusal: () => Refusal | null): { allowed: boolean; code: string | null; reason: string | null } {
  try {
    authorize();
  } catch (err) {
    if (err instanceof DomainError) return { allowed: false, code: err.code, reason: err.message };
    throw err;
  }
  const r = refusal();
  return r ? { allowed: false, code: r.code, reason: r.message } : { allowed: true, code: null, reason: null };
}

/**
 * The process model's answers for one viewer and one cycle, so the client shows what the server would do
 * rather than guessing: `viewerCan` for every command and content area, and `nextStep`.
 */
export class CycleCapabilities {
  constructor(
    private readonly commands: CycleCommandService,
    private readonly policy: AccessPolicy,
  ) {}

  /** `delegate`: the viewer was named a delegate on this cycle (see assertContentWriter). */
  viewerCan(user: User, cycle: Cycle, delegate = false): ActionPermission[] {
    const position = { phase: cycle.phase, step: cycle.step, overdue: cycle.overdue };
    const commands = COMMANDS.map((action) => ({
      action,
      ...judge(() => this.commands.authorize[action](user, cycle), () => commandRefusal(action, position)),
    }));
    const content = CONTENT_AREAS.map((action) => ({
      action,
      ...judge(() => assertContentWriter(this.policy, user, cycle, action, delegate), () => contentRefusal(action, contentPosition(cycle))),
    }));
    return [...commands, ...content];
  }

  nextStep(user: User, cycle: Cycle, actions: readonly ImprovementAction[], nowMs = Date.now()): NextStep {
    const step = nextStep({ phase: cycle.phase, step: cycle.step }, user.partyKind as Party, {
      dueAt: cycle.dueAt ? cycle.dueAt.toISOString() : null,
      overdue: cycle.overdue,
      openActionDueDates: actions.filter((a) => a.status !== ActionStatus.DONE).map((a) => a.dueDate),
      today: calendarDate(nowMs),
    });
    return { ...step, dueAt: step.dueAt ? new Date(step.dueAt) : null };
  }
}
