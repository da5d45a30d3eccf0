import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { applyOnce, type Remember } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { StartLearningYearInput } from './dto/learning.inputs';
import { LearningYearReport } from './learning-settings.entity';
import type { LearningYearState } from './learning-year.service';

export enum LearningYearStatus {
  NOT_STARTED = 'NOT_STARTED',
  RUNNING = 'RUNNING',
  CLOSED = 'CLOSED',
}
registerEnumType(LearningYearStatus, {
  name: 'LearningYearStatus',
  description: 'NOT_STARTED until startLearningYear (or again after its rhythm was stopped without a report), RUNNING while the rhythm runs, CLOSED once the report is stored.',
});

const MANAGERS = [Role.ORG_QUALITY_OFFICER, Role.ORG_LEARNING_COORDINATOR];

@ObjectType({ description: "An organisation's learning year: its rhythm runs until the year closes and leaves its report." })
export class LearningYear {
  @Field(() => Int)
  year!: number;

  @Field(() => LearningYearReport, { nullable: true, description: 'Null until the year is closed.' })
  report!: LearningYearReport | null;
}

/**
 * The receipt keeps the year, written in the form of a UUID (its result column is one): a retry answers the
 * year's state now.
 */
const rememberYear = (organisationId: string): Remember<LearningYearState> => ({
  id: (state) => `00000000-0000-4000-8000-${String(state.year).padStart(12, '0')}`,
  load: async (tx, id) => {
    const year = Number(id.slice(-12));
    return { year, report: await tx.findOne(LearningYearReport, { organisation: organisationId, year }) };
  },
});

/** The learning year's rhythm and its report (docs/learning.md, "The learning year"). */
@Resolver(() => LearningYear)
export class LearningYearResolver {
  @Authorized(...MANAGERS)
  @Mutation(() => LearningYear, {
    description: 'Starts the learning year: monthly nudges, quarterly overviews, scheduled scan rounds and the year report. Starting it again changes nothing.',
  })
  startLearningYear(@Arg('input') input: StartLearningYearInput, @Ctx() ctx: Context): Promise<LearningYearState> {
    return applyOnce(ctx, 'startLearningYear', input, {
      run: (tx, user) => ctx.services.learningYears.start(tx, user, input),
      remember: rememberYear(ctx.user!.organisation!.id),
    });
  }

  @Authorized(...MANAGERS)
  @Query(() => LearningYear, { description: "Your organisation's learning year: whether its rhythm runs, and its report once closed." })
  learningYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<LearningYearState> {
    return ctx.services.learningYears.year(ctx.em, ctx.user!, year);
  }

  @FieldResolver(() => LearningYearStatus)
  async status(@Root() state: LearningYearState, @Ctx() ctx: Context): Promise<LearningYearStatus> {
    if (state.report) return LearningYearStatus.CLOSED;
    return (await ctx.services.learningYears.status(ctx.em, ctx.user!.organisation!.id, state.year)) as LearningYearStatus;
  }

  @Authorized(...MANAGERS)
  @Query(() => LearningYearReport, { nullable: true, description: 'The learning year report of your organisation for the year; null until the year is closed.' })
  learningYearReport(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<LearningYearReport | null> {
    return ctx.services.learningYears.report(ctx.em, ctx.user!, year);
  }
}
