import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { itemOfCycle } from '../access/item-of-cycle';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { PlanInternalAuditInput } from './dto/plan-internal-audit.input';
import { RecordInternalAuditFindingInput } from './dto/record-internal-audit-finding.input';
import { SetInternalAuditStatusInput } from './dto/set-internal-audit-status.input';
import { InternalAuditFinding } from './internal-audit-finding.entity';
import { InternalAudit } from './internal-audit.entity';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';

@Resolver(() => InternalAudit)
export class InternalAuditResolver {
  @Authorized()
  @Query(() => InternalAudit, { description: 'One internal audit by its ID, for those who may see its cycle.' })
  internalAudit(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<InternalAudit> {
    return itemOfCycle(ctx, 'Internal audit', id, async (auditId) => {
      const audit = await ctx.em.findOne(InternalAudit, { id: auditId });
      return audit && { item: audit, cycleId: audit.cycle.id };
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => InternalAudit, { description: 'Plans an internal audit of one team or unit (phase INTERNAL_AUDIT).' })
  planInternalAudit(@Arg('input') input: PlanInternalAuditInput, @Ctx() ctx: Context): Promise<InternalAudit> {
    return applyOnce(ctx, 'planInternalAudit', input, {
      run: (tx, user) => ctx.services.internalAudits.plan(tx, user, input),
      remember: rememberEntity(InternalAudit, 'Internal audit'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => InternalAudit, { description: 'Marks a planned internal audit done (needs a finding) or cancelled.' })
  setInternalAuditStatus(@Arg('input') input: SetInternalAuditStatusInput, @Ctx() ctx: Context): Promise<InternalAudit> {
    return applyOnce(ctx, 'setInternalAuditStatus', input, {
      run: (tx, user) => ctx.services.internalAudits.setStatus(tx, user, input),
      remember: rememberEntity(InternalAudit, 'Internal audit'),
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR)
  @Mutation(() => InternalAuditFinding, {
    description: 'Records the finding of a planned internal audit on one norm; recording again replaces it.',
  })
  recordInternalAuditFinding(
    @Arg('input') input: RecordInternalAuditFindingInput,
    @Ctx() ctx: Context,
  ): Promise<InternalAuditFinding> {
    return applyOnce(ctx, 'recordInternalAuditFinding', input, {
      run: (tx, user) => ctx.services.internalAudits.recordFinding(tx, user, input),
      remember: rememberEntity(InternalAuditFinding, 'Internal audit finding'),
    });
  }

  @FieldResolver(() => ID)
  cycleId(@Root() audit: InternalAudit): string {
    return audit.cycle.id;
  }

  @FieldResolver(() => [UserSummary])
  async auditors(@Root() audit: InternalAudit, @Ctx() ctx: Context): Promise<UserSummary[]> {
    return (await ctx.services.internalAudits.auditorsOf(ctx.em, audit)).map(userSummary);
  }

  @FieldResolver(() => [InternalAuditFinding], { description: 'In the order of the framework.' })
  findings(@Root() audit: InternalAudit, @Ctx() ctx: Context): Promise<InternalAuditFinding[]> {
    return ctx.loaders.internalAudit.findingsByAudit.load(audit.id);
  }
}

@Resolver(() => InternalAuditFinding)
export class InternalAuditFindingResolver {
  @Authorized()
  @Query(() => InternalAuditFinding, { description: 'One internal audit finding by its ID, for those who may see its cycle.' })
  internalAuditFinding(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<InternalAuditFinding> {
    return itemOfCycle(ctx, 'Internal audit finding', id, async (findingId) => {
      const finding = await ctx.em.findOne(InternalAuditFinding, { id: findingId }, { populate: ['internalAudit'] });
      return finding && { item: finding, cycleId: finding.internalAudit.getEntity().cycle.id };
    });
  }

  @FieldResolver(() => ID)
  normId(@Root() finding: InternalAuditFinding): string {
    return finding.norm.id;
  }

  @FieldResolver(() => String)
  async normCode(@Root() finding: InternalAuditFinding): Promise<string> {
    return (await finding.norm.loadOrFail()).code;
  }

  @FieldResolver(() => String, { description: 'Who recorded it last.' })
  async recordedByName(@Root() finding: InternalAuditFinding): Promise<string> {
    return (await finding.recordedBy.loadOrFail()).name;
  }
}

@Resolver(() => Cycle)
export class CycleInternalAuditsResolver {
  @FieldResolver(() => [InternalAudit], { description: 'Internal audits of the cycle, by planned date.' })
  internalAudits(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<InternalAudit[]> {
    return ctx.services.internalAudits.auditsOf(ctx.user!, cycle, ctx.loaders.internalAudit);
  }
}
