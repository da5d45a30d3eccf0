import { Arg, Args, Authorized, Ctx, Float, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditDaysFor, progressOf, stageMeasure, timeline, type StageFacts } from '../../../../workflows/src/rules';
import { ActionStatus } from '../improvement-plan/improvement-action.entity';
import { InternalAuditStatus } from '../internal-audit/internal-audit.entity';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Certificate } from '../certificate/certificate.entity';
import { CycleIdArgs, IdArgs } from '../../common/id-args';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Organisation } from '../organisation/organisation.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { Role } from '../user/role';
import { CycleTransition } from './cycle-transition.entity';
import { Progress, TimelineStep } from './cycle-views';
import { Cycle } from './cycle.entity';
import { VariantChoice } from './variant-choice.view';
import { StartCycleInput } from './dto/start-cycle.input';
import { eventText } from './process-texts';

export const CyclePage = PageOf(Cycle, 'CyclePage');

@Resolver(() => Cycle)
export class CycleResolver {
  @Authorized()
  @Query(() => Cycle)
  cycle(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<Cycle> {
    return ctx.services.cycles.get(ctx.em, ctx.user!, id);
  }

  @Authorized()
  @Query(() => CyclePage, { description: 'The cycles you may see, newest first.' })
  cycles(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.cycles.list(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized()
  @Query(() => [CycleTransition], { description: "The cycle's audit trail, oldest first." })
  cycleEvents(@Args() { cycleId }: CycleIdArgs, @Ctx() ctx: Context): Promise<CycleTransition[]> {
    return ctx.services.cycles.events(ctx.em, ctx.user!, cycleId);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Starts the cycle of your organisation; if one is open, returns that one.' })
  startCycle(@Arg('input') input: StartCycleInput, @Ctx() ctx: Context): Promise<Cycle> {
    return applyOnce(ctx, 'startCycle', input, {
      run: (em, user) => ctx.services.cycles.start(em, user, input),
      remember: rememberEntity(Cycle, 'Cycle'),
      outside: true,
    });
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() cycle: Cycle): Promise<Organisation> {
    return cycle.organisation.loadOrFail();
  }

  @FieldResolver(() => VariantChoice, { nullable: true, description: 'How the variant and scope were chosen in the decision tree; null until preparation completes with a choice.' })
  variantChoice(@Root() cycle: Cycle): VariantChoice | null {
    return cycle.variantChoice ? VariantChoice.of(cycle.variantChoice) : null;
  }

  @FieldResolver(() => FrameworkVersion)
  frameworkVersion(@Root() cycle: Cycle): Promise<FrameworkVersion> {
    return cycle.frameworkVersion.loadOrFail();
  }

  @FieldResolver(() => Progress, { description: 'Self-evaluation progress: norms scored out of norms in scope.' })
  async progress(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Progress> {
    const [done, total] = await Promise.all([
      ctx.loaders.scoredAnswers.load(cycle.id),
      ctx.loaders.normCount.load(cycle.frameworkVersion.id),
    ]);
    return progressOf(done, total);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Audit days by the scheme's FTE table for this cycle's FTE; null when no band covers it." })
  async computedAuditDays(@Root() cycle: Cycle): Promise<number | null> {
    const version = await cycle.frameworkVersion.loadOrFail();
    return auditDaysFor(cycle.fte, version.rules.auditDaysTable);
  }

  @FieldResolver(() => [TimelineStep], { description: 'The stages in order, each with its status and how far it is.' })
  async timeline(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<TimelineStep[]> {
    const [scored, norms, audits, points, actions] = await Promise.all([
      ctx.loaders.scoredAnswers.load(cycle.id),
      ctx.loaders.normCount.load(cycle.frameworkVersion.id),
      ctx.loaders.internalAudit.auditsByCycle.load(cycle.id),
      ctx.services.improvementPlan.improvementPointsOf(ctx.user!, cycle, ctx.loaders),
      ctx.loaders.improvementPlan.actionsByCycle.load(cycle.id),
    ]);
    const facts: StageFacts = {
      step: cycle.step,
      normsScored: { done: scored, total: norms },
      internalAuditsSettled: { done: audits.filter((a) => a.status !== InternalAuditStatus.PLANNED).length, total: audits.length },
      improvementPointsCovered: { done: points.filter((p) => p.covered).length, total: points.length },
      actionsDone: { done: actions.filter((a) => a.status === ActionStatus.DONE).length, total: actions.length },
    };
    return timeline(cycle.phase, cycle.variant).map((s) => ({ ...s, measure: stageMeasure(s.stage, s.status, facts) }));
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate issued in this cycle, whatever its status now; null before the award.' })
  certificate(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Certificate | null> {
    return ctx.loaders.certificateByCycle.load(cycle.id);
  }

  @FieldResolver(() => [SelfEvaluationAnswer])
  selfEvaluationAnswers(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<SelfEvaluationAnswer[]> {
    return ctx.services.selfEvaluation.answersFor(ctx.em, ctx.user!, cycle);
  }
}

@Resolver(() => CycleTransition)
export class CycleEventResolver {
  @FieldResolver(() => String, { description: "What happened, in the reader's language (Accept-Language: nl or en)." })
  summary(@Root() event: CycleTransition, @Ctx() ctx: Context): string {
    return event.event ? eventText(event.event, ctx.locale) : event.summary;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who made the transition; null for timers.' })
  async actorName(@Root() event: CycleTransition): Promise<string | null> {
    return event.actor ? (await event.actor.loadOrFail()).name : null;
  }
}
