import type { Change } from '../../common/mutation-id';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/errors';
import { actionDueDateRefusal, calendarDate, isBelowMeets, needsAction, type ContentArea } from '../../../../workflows/src/rules';
import { assertContentOpen, assertNoRefusal } from '../../common/phase-guard';
import { assertRevision, type SavedVersion } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { assertNormOfCycle, lockedItemOfCycle, seen, visibleCycle, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { canReadAuditFindings } from '../external-audit/audit-finding-visibility';
import type { ExternalAuditLoaders } from '../external-audit/external-audit.loaders';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';
import type { DeleteImprovementActionInput } from './dto/delete-improvement-action.input';
import type { SaveImprovementActionInput } from './dto/save-improvement-action.input';
import type { UpdateImprovementActionInput } from './dto/update-improvement-action.input';
import { ActionStatus, ImprovementAction } from './improvement-action.entity';
import type { ImprovementPlanLoaders } from './improvement-plan.loaders';
import type { ImprovementPoint } from './improvement-point.view';

/** Progress only goes forward; skipping IN_PROGRESS is fine. */
const STATUS_RANK: Record<ActionStatus, number> = { OPEN: 0, IN_PROGRESS: 1, DONE: 2 };

/** The improvement plan's actions: plain database writes, guarded by the projected phase and step. */
export class ImprovementPlanService {
  constructor(private readonly policy: AccessPolicy) {}

  save(em: EntityManager, user: User, input: SaveImprovementActionInput): Promise<ImprovementAction> {
    return em.transactional(async (tx) => {
      // Row lock on the cycle: no action changes after the plan was submitted.
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const norm = input.normId ? await visibleNorm(tx, this.policy, user, input.normId) : null;
      const action = input.actionId ? await this.visibleAction(tx, user, input.actionId) : null;
      assertContentWriter(this.policy, user, cycle, 'IMPROVEMENT_ACTIONS');
      assertContentOpen(cycle, 'IMPROVEMENT_ACTIONS');
      if (norm) assertNormOfCycle(norm, cycle);
      if (action && action.cycle.id !== cycle.id) throw badInput('actionId', 'This action belongs to another cycle; edit it there or leave actionId out.', 'actionOfOtherCycle');
      await assertRevision(input.expectedRevision, action && actionVersion(action));
      // A due date is judged when it is set or changed: one set earlier may have passed since.
      if (!action || action.dueDate !== input.dueDate) assertNoRefusal(actionDueDateRefusal(input.dueDate, calendarDate(Date.now())));
      const saved =
        action ??
        tx.create(ImprovementAction, {
          cycle: cycle.id,
          norm: null,
          what: input.what,
          owner: input.owner,
          dueDate: input.dueDate,
          successIndicator: input.successIndicator,
          updatedBy: user.id,
          revision: 0,
        });
      saved.revision += 1;
      saved.norm = norm ? tx.getReference(Norm, norm.id, { wrapped: true }) : null;
      saved.what = input.what;
      saved.owner = input.owner.trim();
      saved.dueDate = input.dueDate;
      saved.successIndicator = input.successIndicator;
      saved.updatedBy = tx.getReference(User, user.id, { wrapped: true });
      saved.updatedAt = new Date();
      return saved;
    });
  }

  delete(em: EntityManager, user: User, input: DeleteImprovementActionInput): Promise<string> {
    return em.transactional(async (tx) => {
      const { action, cycle } = await this.lockedAction(tx, user, input.actionId, 'IMPROVEMENT_ACTIONS');
      assertContentOpen(cycle, 'IMPROVEMENT_ACTIONS', 'Improvement actions can be deleted');
      await assertRevision(input.expectedRevision, actionVersion(action));
      tx.remove(action);
      return action.id;
    });
  }

  update(em: EntityManager, user: User, input: Change<UpdateImprovementActionInput>): Promise<ImprovementAction> {
    return em.transactional(async (tx) => {
      const { action, cycle } = await this.lockedAction(tx, user, input.actionId, 'ACTION_PROGRESS');
      assertContentOpen(cycle, 'ACTION_PROGRESS');
      await assertRevision(input.expectedRevision, actionVersion(action));
      if (STATUS_RANK[input.status] < STATUS_RANK[action.status]) {
        throw badInput('status', `This action is ${action.status}; its status can only move forward (OPEN → IN_PROGRESS → DONE).`, 'actionStatusBackwards');
      }
      action.status = input.status;
      action.revision += 1;
      if (input.progressNote !== undefined && input.progressNote !== null) action.progressNote = input.progressNote;
      action.updatedBy = tx.getReference(User, user.id, { wrapped: true });
      action.updatedAt = new Date();
      return action;
    });
  }

  async actionsOf(user: User, cycle: Cycle, loaders: ImprovementPlanLoaders): Promise<ImprovementAction[]> {
    this.policy.assertCanReadCycle(user, cycle);
    return loaders.actionsByCycle.load(cycle.id);
  }

  /** The findings the plan must answer, in the framework's order, each with whether an action covers it. */
  async improvementPointsOf(
    user: User,
    cycle: Cycle,
    loaders: { externalAudit: ExternalAuditLoaders; improvementPlan: ImprovementPlanLoaders },
  ): Promise<ImprovementPoint[]> {
    this.policy.assertCanReadCycle(user, cycle);
    if (!canReadAuditFindings(this.policy, user, cycle)) return [];
    const [findings, actions] = await Promise.all([
      loaders.externalAudit.findingsByCycle.load(cycle.id),
      loaders.improvementPlan.actionsByCycle.load(cycle.id),
    ]);
    const actionsPerNorm = new Map<string, number>();
    for (const a of actions) if (a.norm) actionsPerNorm.set(a.norm.id, (actionsPerNorm.get(a.norm.id) ?? 0) + 1);

    // The model's selection, as in the check before the plan can be submitted: the board and the submit
    // refusal never disagree.
    const points = findings.filter(needsAction);
    return Promise.all(
      points.map(async (f) => {
        const norm = await f.norm.loadOrFail();
        const actionCount = actionsPerNorm.get(norm.id) ?? 0;
        return {
          findingId: f.id,
          normId: norm.id,
          normCode: norm.code,
          normTitle: norm.title,
          score: f.score,
          belowMeets: isBelowMeets(f.score),
          improvementPoints: f.improvementPoints,
          covered: actionCount > 0,
          actionCount,
        };
      }),
    );
  }

  /** An action named as a reference (saveImprovementAction's actionId): one of a cycle the caller may see. */
  private async visibleAction(tx: EntityManager, user: User, actionId: string): Promise<ImprovementAction> {
    // Read after the cycle's lock (the caller took it): the revision compared is the latest.
    const action = await tx.findOne(ImprovementAction, { id: actionId }, { populate: ['cycle'], refresh: true });
    return seen(action, (a) => this.policy.canReadCycle(user, a.cycle.getEntity()), 'Improvement action', 'actionId');
  }

  /** The action and its locked cycle, for a user of the cycle's organisation in one of the roles. */
  private async lockedAction(
    tx: EntityManager,
    user: User,
    actionId: string,
    area: ContentArea,
  ): Promise<{ action: ImprovementAction; cycle: Cycle }> {
    const { item, cycle } = await lockedItemOfCycle(tx, this.policy, user, ImprovementAction, actionId, 'Improvement action');
    assertContentWriter(this.policy, user, cycle, area);
    return { action: item, cycle };
  }
}

/** The action as a CONFLICT reports it. */
function actionVersion(action: ImprovementAction): SavedVersion {
  const { revision, what, owner, dueDate, successIndicator, status, progressNote } = action;
  return { revision, value: { normId: action.norm?.id ?? null, what, owner, dueDate, successIndicator, status, progressNote }, by: action.updatedBy, at: action.updatedAt };
}
