import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { IsInt, IsUUID } from 'class-validator';
import type { Context } from '../../graphql/context';
import { LearningDashboard } from './learning-dashboard.views';

@ArgsType()
class CycleLearningDashboardArgs {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => Int, { description: 'The calendar year (2000–2100).' })
  @IsInt()
  year!: number;
}

@ArgsType()
class PeerVisitLearningDashboardArgs {
  @Field(() => ID)
  @IsUUID()
  peerVisitId!: string;

  @Field(() => Int, { description: 'The calendar year (2000–2100).' })
  @IsInt()
  year!: number;
}

/** The audited organisation's learning, for the auditors who audit it (docs/learning.md, "Learning for the auditors"). */
@Resolver(() => LearningDashboard)
export class LearningDashboardResolver {
  @Authorized()
  @Query(() => LearningDashboard, { description: "The audited organisation's learning, aggregates only: for the lead and co-auditor of its external or combined audit." })
  cycleLearningDashboard(@Args() { cycleId, year }: CycleLearningDashboardArgs, @Ctx() ctx: Context): Promise<LearningDashboard> {
    return ctx.services.learningDashboard.ofCycle(ctx.em, ctx.user!, cycleId, year);
  }

  @Authorized()
  @Query(() => LearningDashboard, { description: "The visited organisation's learning, aggregates only: for the pair of the peer visit while they read its self-evaluation." })
  peerVisitLearningDashboard(@Args() { peerVisitId, year }: PeerVisitLearningDashboardArgs, @Ctx() ctx: Context): Promise<LearningDashboard> {
    return ctx.services.learningDashboard.ofPeerVisit(ctx.em, ctx.user!, peerVisitId, year);
  }
}
