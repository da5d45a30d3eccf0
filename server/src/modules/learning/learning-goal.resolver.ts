import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Competency } from '../framework/competency.entity';
import { applyOnce, REMEMBER_ID, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES } from '../user/role';
import { DeleteLearningGoalInput, DeleteMyLearningDataInput, SaveLearningGoalInput } from './dto/learning-goal.inputs';
import { LearningDataErasure } from './learning-data-erasure.entity';
import { LearningGoal } from './learning-goal.entity';
import { LearningDataDeleted, MyLearningData, TeamPerson } from './learning.views';

/** A professional's own learning goals, and their learning data to export or delete (docs/learning.md). */
@Resolver(() => LearningGoal)
export class LearningGoalResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Query(() => [LearningGoal], { description: 'Your learning goals; for a team lead also the goals people of their teams share with them.' })
  learningGoals(@Ctx() ctx: Context): Promise<LearningGoal[]> {
    return ctx.services.learningGoals.list(ctx.em, ctx.user!);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningGoal, { description: 'Creates a learning goal of your own (no goalId) or changes one.' })
  saveLearningGoal(@Arg('input') input: SaveLearningGoalInput, @Ctx() ctx: Context): Promise<LearningGoal> {
    return applyOnce(ctx, 'saveLearningGoal', input, {
      run: (tx, user) => ctx.services.learningGoals.save(tx, user, input),
      remember: rememberEntity(LearningGoal, 'Learning goal'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => ID, { description: 'Deletes a learning goal of your own; answers its ID.' })
  deleteLearningGoal(@Arg('input') input: DeleteLearningGoalInput, @Ctx() ctx: Context): Promise<string> {
    return applyOnce(ctx, 'deleteLearningGoal', input, { run: (tx, user) => ctx.services.learningGoals.delete(tx, user, input), remember: REMEMBER_ID });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => MyLearningData, { description: 'All your learning time and goals, as JSON and as CSV.' })
  exportMyLearningData(@Ctx() ctx: Context): Promise<MyLearningData> {
    return ctx.services.myLearningData.export(ctx.em, ctx.user!);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningDataDeleted, { description: 'Deletes all your learning time and goals for good (confirm: true); nobody else’s.' })
  deleteMyLearningData(@Arg('input') input: DeleteMyLearningDataInput, @Ctx() ctx: Context): Promise<LearningDataDeleted> {
    return applyOnce(ctx, 'deleteMyLearningData', input, { run: (tx, user) => ctx.services.myLearningData.deleteAll(tx, user), remember: rememberEntity(LearningDataErasure, 'Learning data erasure') });
  }

  @FieldResolver(() => Boolean, { description: 'True for your own goal; false for one a person of your team shares with you.' })
  mine(@Root() goal: LearningGoal, @Ctx() ctx: Context): boolean {
    return goal.person.id === ctx.user!.id;
  }

  @FieldResolver(() => TeamPerson, { description: 'Whose goal it is.' })
  async owner(@Root() goal: LearningGoal): Promise<TeamPerson> {
    const person = await goal.person.load();
    return { id: person!.id, name: person!.name };
  }

  @FieldResolver(() => [Competency], { description: 'The competencies the goal is about.' })
  competencies(@Root() goal: LearningGoal): Promise<Competency[]> {
    return goal.competencies.loadItems();
  }
}
