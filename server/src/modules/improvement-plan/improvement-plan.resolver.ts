import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors';
import { FindingIdArgs, IdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { itemOfCycle } from '../access/item-of-cycle';
import { AuditFinding } from '../external-audit/audit-finding.entity';
import { PlanReviewRecord } from './plan-review.entity';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { DeleteImprovementActionInput } from './dto/delete-improvement-action.input';
import { SaveImprovementActionInput } from './dto/save-improvement-action.input';
import { UpdateImprovementActionInput } from './dto/update-improvement-action.input';
import { ImprovementAction } from './improvement-action.entity';
import { ImprovementPoint } from './improvement-point.view';
import { applyOnce, REMEMBER_ID, rememberEntity } from '../receipt/mutation-receipts';

@Resolver(() => ImprovementAction)
export class ImprovementActionResolver {
  @Authorized()
  @Query(() => ImprovementAction, { description: 'One improvement action by its ID, for those who may see its cycle.' })
  improvementAction(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<ImprovementAction> {
    return itemOfCycle(ctx, 'Improvement action', id, async (actionId) => {
      const action = await ctx.em.findOne(ImprovementAction, { id: actionId });
      return action && { item: action, cycleId: action.cycle.id };
    });
  }

  @Authorized()
  @Query(() => ImprovementPoint, {
    description: "One improvement point by the ID of its audit finding, for those who may see the cycle's findings; a finding the plan need not answer is not one.",
  })
  async improvementPoint(@Args() { findingId }: FindingIdArgs, @Ctx() ctx: Context): Promise<ImprovementPoint> {
    const cycle = await itemOfCycle(ctx, 'Improvement point', findingId, async (id) => {
      const finding = await ctx.em.findOne(AuditFinding, { id }, { populate: ['cycle'] });
      return finding && { item: finding.cycle.getEntity(), cycleId: finding.cycle.id };
    });
    const points = await ctx.services.improvementPlan.improvementPointsOf(ctx.user!, cycle, ctx.loaders);
    return points.find((p) => p.findingId === findingId) ?? Promise.reject(notFound('Improvement point'));
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => ImprovementAction, {
    description: 'Adds an action to the improvement plan, or replaces one (IMPROVEMENT_PLAN step DRAFTING).',
  })
  saveImprovementAction(@Arg('input') input: SaveImprovementActionInput, @Ctx() ctx: Context): Promise<ImprovementAction> {
    return applyOnce(ctx, 'saveImprovementAction', input, {
      run: (tx, user) => ctx.services.improvementPlan.save(tx, user, input),
      remember: rememberEntity(ImprovementAction, 'Improvement action'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => ID, { description: 'Deletes an action while the plan is drafted; returns its ID.' })
  deleteImprovementAction(@Arg('input') input: DeleteImprovementActionInput, @Ctx() ctx: Context): Promise<string> {
    return applyOnce(ctx, 'deleteImprovementAction', input, {
      run: (tx, user) => ctx.services.improvementPlan.delete(tx, user, input),
      remember: REMEMBER_ID,
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => ImprovementAction, {
    description: 'Tracks an accepted action (phases DECISION and CERTIFIED): status forward only, and a progress note.',
  })
  updateImprovementAction(@Arg('input') input: UpdateImprovementActionInput, @Ctx() ctx: Context): Promise<ImprovementAction> {
    return applyOnce(ctx, 'updateImprovementAction', input, {
      run: (tx, user) => ctx.services.improvementPlan.update(tx, user, input),
      remember: rememberEntity(ImprovementAction, 'Improvement action'),
    });
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Null for a general action.' })
  normId(@Root() action: ImprovementAction): string | null {
    return action.norm?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async normCode(@Root() action: ImprovementAction): Promise<string | null> {
    return action.norm ? (await action.norm.loadOrFail()).code : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the action came over, still open, from the previous cycle.' })
  carriedOver(@Root() action: ImprovementAction): boolean {
    return action.carriedOverFrom !== null;
  }

  @FieldResolver(() => String, { description: 'Who changed it last.' })
  async updatedByName(@Root() action: ImprovementAction): Promise<string> {
    return (await action.updatedBy.loadOrFail()).name;
  }
}

@Resolver(() => Cycle)
export class CycleImprovementPlanResolver {
  @FieldResolver(() => [ImprovementAction], { description: 'The actions of the improvement plan, in the order they were added.' })
  improvementActions(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<ImprovementAction[]> {
    return ctx.services.improvementPlan.actionsOf(ctx.user!, cycle, ctx.loaders.improvementPlan);
  }

  @FieldResolver(() => [ImprovementPoint], {
    description: 'The audit findings the plan must answer, each with whether an action covers its norm.',
  })
  improvementPoints(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<ImprovementPoint[]> {
    return ctx.services.improvementPlan.improvementPointsOf(ctx.user!, cycle, ctx.loaders);
  }

  @FieldResolver(() => [PlanReviewRecord], { description: "The lead auditor's reviews of the plan, oldest first, with the comments of a returned plan." })
  planReviews(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<PlanReviewRecord[]> {
    return ctx.loaders.improvementPlan.reviewsByCycle.load(cycle.id);
  }
}
