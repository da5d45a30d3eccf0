import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES } from '../user/role';
import { PlanLearningSessionInput, RecordLearningSessionAttendanceInput } from './dto/learning-session.inputs';
import { LearningSession } from './learning-session.entity';
import { SESSION_PLANNERS } from './learning-session.service';
import { LearningTheme } from './learning-theme.entity';
import { LearningSessionParticipantView } from './learning.views';
import { Team } from './team.entity';

const LearningSessionPage = PageOf(LearningSession, 'LearningSessionPage');

/** Sessions and central trainings planned from the agenda, and the learning time attendance gives (docs/learning.md). */
@Resolver(() => LearningSession)
export class LearningSessionResolver {
  @Authorized(...SESSION_PLANNERS)
  @Mutation(() => LearningSession, { description: 'Plans a session or central training, optionally for an agenda theme (which then shows as planned), with the people taking part.' })
  planLearningSession(@Arg('input') input: PlanLearningSessionInput, @Ctx() ctx: Context): Promise<LearningSession> {
    return applyOnce(ctx, 'planLearningSession', input, {
      run: (tx, user) => ctx.services.learningSessions.plan(tx, user, input),
      remember: rememberEntity(LearningSession, 'Learning session'),
    });
  }

  @Authorized(...SESSION_PLANNERS)
  @Mutation(() => LearningSession, { description: "Records who attended a session, from its day on; each attendee gets the session's hours as learning time, once." })
  recordLearningSessionAttendance(@Arg('input') input: RecordLearningSessionAttendanceInput, @Ctx() ctx: Context): Promise<LearningSession> {
    return applyOnce(ctx, 'recordLearningSessionAttendance', input, {
      run: (tx, user) => ctx.services.learningSessions.recordAttendance(tx, user, input),
      remember: rememberEntity(LearningSession, 'Learning session'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => LearningSessionPage, { description: 'Learning sessions, newest day first: all of your organisation for the learning coordinator and the quality officer, otherwise those you take part in.' })
  learningSessions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningSessions.list(ctx.em, ctx.user!, page.first, page.after);
  }

  @FieldResolver(() => LearningTheme, { nullable: true, description: 'The agenda theme the session serves, if any.' })
  async theme(@Root() session: LearningSession): Promise<LearningTheme | null> {
    return (await session.theme?.load()) ?? null;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the session is for, if any.' })
  async team(@Root() session: LearningSession): Promise<Team | null> {
    return (await session.team?.load()) ?? null;
  }

  @FieldResolver(() => Int, { description: 'How many people take part.' })
  async participantCount(@Root() session: LearningSession, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.learningSession.participants.load(session.id)).length;
  }

  @FieldResolver(() => [LearningSessionParticipantView], {
    description: 'The people taking part and whether they attended; the learning coordinator and the quality officer see everyone, a participant only themselves.',
  })
  async participants(@Root() session: LearningSession, @Ctx() ctx: Context): Promise<LearningSessionParticipantView[]> {
    const all = await ctx.loaders.learningSession.participants.load(session.id);
    const seen = SESSION_PLANNERS.includes(ctx.user!.role) ? all : all.filter((p) => p.person.id === ctx.user!.id);
    return seen.map((p) => ({ person: { id: p.person.id, name: p.person.getEntity().name }, attended: p.attended }));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether you attended, as recorded; null when you do not take part.' })
  async viewerAttended(@Root() session: LearningSession, @Ctx() ctx: Context): Promise<boolean | null> {
    const all = await ctx.loaders.learningSession.participants.load(session.id);
    return all.find((p) => p.person.id === ctx.user!.id)?.attended ?? null;
  }
}
