import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES } from '../user/role';
import { ProposeLearningThemeInput, ShowInterestInput } from './dto/learning-theme.inputs';
import { interestKey } from './learning-theme.loaders';
import { LearningTheme } from './learning-theme.entity';
import { TeamPerson } from './learning.views';

const LearningThemePage = PageOf(LearningTheme, 'LearningThemePage');

/** The learning agenda: themes anyone of the organisation proposes, and the interest colleagues show (docs/learning.md). */
@Resolver(() => LearningTheme)
export class LearningThemeResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Query(() => LearningThemePage, { description: "Your organisation's learning agenda: the themes with the most interest first, then the newest." })
  learningThemes(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningThemes.list(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningTheme, { description: 'Proposes a theme for the learning agenda, optionally from a learning point of an internal audit or an improvement action.' })
  proposeLearningTheme(@Arg('input') input: ProposeLearningThemeInput, @Ctx() ctx: Context): Promise<LearningTheme> {
    return applyOnce(ctx, 'proposeLearningTheme', input, {
      run: (tx, user) => ctx.services.learningThemes.propose(tx, user, input),
      remember: rememberEntity(LearningTheme, 'Learning theme'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningTheme, { description: 'Shows your interest in a theme (interested: true) or withdraws it (false); answers the theme.' })
  showInterest(@Arg('input') input: ShowInterestInput, @Ctx() ctx: Context): Promise<LearningTheme> {
    return applyOnce(ctx, 'showInterest', input, {
      run: (tx, user) => ctx.services.learningThemes.showInterest(tx, user, input),
      remember: rememberEntity(LearningTheme, 'Learning theme'),
    });
  }

  @FieldResolver(() => Boolean, { description: 'True when you show interest in the theme.' })
  viewerInterested(@Root() theme: LearningTheme, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.learningTheme.interested.load(interestKey(ctx.user!.id, theme.id));
  }

  @FieldResolver(() => Boolean, { description: 'True for a theme you proposed.' })
  mine(@Root() theme: LearningTheme, @Ctx() ctx: Context): boolean {
    return theme.proposedBy?.id === ctx.user!.id;
  }

  @FieldResolver(() => TeamPerson, { nullable: true, description: 'Who proposed the theme; null when they deleted their learning data.' })
  async proposedBy(@Root() theme: LearningTheme): Promise<TeamPerson | null> {
    const person = await theme.proposedBy?.load();
    return person ? { id: person.id, name: person.name } : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The internal audit finding whose learning point the theme comes from; null when none (or when it was deleted).' })
  internalAuditFindingId(@Root() theme: LearningTheme): string | null {
    return theme.internalAuditFinding?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The improvement action the theme comes from; null when none (or when it was deleted).' })
  improvementActionId(@Root() theme: LearningTheme): string | null {
    return theme.improvementAction?.id ?? null;
  }
}
