import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, REMEMBER_ID, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES, Role } from '../user/role';
import {
  ArchiveTeamInput,
  DeleteLearningTimeInput,
  LearningOverviewArgs,
  RegisterLearningTimeInput,
  SaveLearningContextNoteInput,
  SaveTeamInput,
  SetContractHoursInput,
  SetLearningBudgetInput,
  SetLearningSettingsInput,
  UpdateLearningTimeInput,
} from './dto/learning.inputs';
import { LearningEntry } from './learning-entry.entity';
import { ContractHours, LearningBudget, LearningContextNote, LearningSettings } from './learning-settings.entity';
import { LearningBudgetPage, LearningEntryPage, LearningOverview, LearningSettingsPage, TeamPerson } from './learning.views';
import { Team } from './team.entity';
import { PageOf } from '../../common/pagination';

const OFFICER = Role.ORG_QUALITY_OFFICER;
const COORDINATOR = Role.ORG_LEARNING_COORDINATOR;
const TEAM_LEAD = Role.ORG_TEAM_LEAD;
const ContractHoursPage = PageOf(ContractHours, 'ContractHoursPage');

/** Teams, the room for learning and the time people register (docs/learning.md). */
@Resolver(() => Team)
export class LearningResolver {
  @Authorized(OFFICER)
  @Mutation(() => Team, { description: 'Creates a team (no teamId) or renames it and sets its people.' })
  saveTeam(@Arg('input') input: SaveTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return applyOnce(ctx, 'saveTeam', input, { run: (tx, user) => ctx.services.teams.save(tx, user, input), remember: rememberEntity(Team, 'Team') });
  }

  @Authorized(OFFICER)
  @Mutation(() => Team, { description: 'Archives a team: it keeps its history but no longer changes.' })
  archiveTeam(@Arg('input') input: ArchiveTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return applyOnce(ctx, 'archiveTeam', input, { run: (tx, user) => ctx.services.teams.archive(tx, user, input), remember: rememberEntity(Team, 'Team') });
  }

  @Authorized(OFFICER, COORDINATOR, TEAM_LEAD)
  @Query(() => [Team], { description: "Your organisation's teams; a team lead sees the teams they are in." })
  teams(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<Team[]> {
    return ctx.services.teams.list(ctx.em, ctx.user!, includeArchived);
  }

  @FieldResolver(() => [TeamPerson], { description: 'The people in the team, by name.' })
  async members(@Root() team: Team, @Ctx() ctx: Context): Promise<TeamPerson[]> {
    return (await ctx.services.teams.members(ctx.em, team.id)).map((p) => ({ id: p.id, name: p.name }));
  }

  @Authorized(OFFICER, COORDINATOR)
  @Mutation(() => LearningSettings, { description: 'Sets the learning norm, the threshold, the schedule and the retention; the earlier settings stay in the history.' })
  updateLearningSettings(@Arg('input') input: SetLearningSettingsInput, @Ctx() ctx: Context): Promise<LearningSettings> {
    return saveLearningSettings(ctx, input);
  }

  @Authorized(OFFICER, COORDINATOR)
  @Mutation(() => LearningSettings, { description: 'The same as updateLearningSettings, under its first name.', deprecationReason: 'Use updateLearningSettings.' })
  setLearningSettings(@Arg('input') input: SetLearningSettingsInput, @Ctx() ctx: Context): Promise<LearningSettings> {
    return saveLearningSettings(ctx, input);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => LearningSettings, { nullable: true, description: "Your organisation's learning norm and threshold now; null while the defaults (10 %, 5 people) apply." })
  async learningSettings(@Ctx() ctx: Context): Promise<LearningSettings | null> {
    const [newest] = (await ctx.services.learningSettings.history(ctx.em, ctx.user!, 1, null)).nodes;
    return newest ?? null;
  }

  @Authorized(OFFICER, COORDINATOR)
  @Query(() => LearningSettingsPage, { description: 'Every setting of the learning norm and threshold, newest first.' })
  learningSettingsHistory(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningSettings.history(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized(OFFICER, COORDINATOR)
  @Mutation(() => LearningBudget, { description: 'Sets the learning budget of a team or a person for a year; earlier budgets stay in the history.' })
  setLearningBudget(@Arg('input') input: SetLearningBudgetInput, @Ctx() ctx: Context): Promise<LearningBudget> {
    return applyOnce(ctx, 'setLearningBudget', input, {
      run: (tx, user) => ctx.services.learningSettings.setBudget(tx, user, input),
      remember: rememberEntity(LearningBudget, 'Learning budget'),
    });
  }

  @Authorized(OFFICER, COORDINATOR)
  @Query(() => LearningBudgetPage, { description: 'The budgets set for a year, newest first (the newest per team or person counts).' })
  learningBudgets(@Arg('year', () => Int) year: number, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningSettings.budgets(ctx.em, ctx.user!, year, page.first, page.after);
  }

  @Authorized(OFFICER, COORDINATOR)
  @Mutation(() => ContractHours, { description: "Sets a person's contract hours per week; earlier values stay in the history." })
  setContractHours(@Arg('input') input: SetContractHoursInput, @Ctx() ctx: Context): Promise<ContractHours> {
    return applyOnce(ctx, 'setContractHours', input, {
      run: (tx, user) => ctx.services.learningSettings.setContractHours(tx, user, input),
      remember: rememberEntity(ContractHours, 'Contract hours'),
    });
  }

  @Authorized(OFFICER, COORDINATOR)
  @Query(() => ContractHoursPage, { description: 'Contract hours as set, newest first (the newest per person counts).' })
  contractHours(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningSettings.contractHours(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningEntry, { description: 'Registers learning time of your own.' })
  registerLearningTime(@Arg('input') input: RegisterLearningTimeInput, @Ctx() ctx: Context): Promise<LearningEntry> {
    return applyOnce(ctx, 'registerLearningTime', input, {
      run: (tx, user) => ctx.services.learningTime.register(tx, user, input),
      remember: rememberEntity(LearningEntry, 'Learning entry'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningEntry, { description: 'Changes learning time you registered.' })
  updateLearningTime(@Arg('input') input: UpdateLearningTimeInput, @Ctx() ctx: Context): Promise<LearningEntry> {
    return applyOnce(ctx, 'updateLearningTime', input, {
      run: (tx, user) => ctx.services.learningTime.update(tx, user, input),
      remember: rememberEntity(LearningEntry, 'Learning entry'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => ID, { description: 'Deletes learning time you registered; answers its ID.' })
  deleteLearningTime(@Arg('input') input: DeleteLearningTimeInput, @Ctx() ctx: Context): Promise<string> {
    return applyOnce(ctx, 'deleteLearningTime', input, { run: (tx, user) => ctx.services.learningTime.delete(tx, user, input), remember: REMEMBER_ID });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => LearningEntryPage, { description: 'The learning time you registered, newest first. Nobody reads anyone else’s.' })
  learningTime(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.learningTime.list(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => LearningEntryPage, { description: 'The same as learningTime, under its first name.', deprecationReason: 'Use learningTime.' })
  myLearningTime(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return this.learningTime(page, ctx);
  }

  @Authorized(OFFICER, COORDINATOR, TEAM_LEAD)
  @Query(() => LearningOverview, { description: "A team's learning time used against offered, per month; a team lead reads only their own teams." })
  learningOverview(@Args() { teamId, year }: LearningOverviewArgs, @Ctx() ctx: Context): Promise<LearningOverview> {
    return ctx.services.learningOverview.overview(ctx.em, ctx.user!, teamId, year);
  }

  @Authorized(TEAM_LEAD)
  @Mutation(() => LearningContextNote, { description: 'Writes the note beside a month of your team’s figures; an empty text clears it.' })
  saveLearningContextNote(@Arg('input') input: SaveLearningContextNoteInput, @Ctx() ctx: Context): Promise<LearningContextNote> {
    return applyOnce(ctx, 'saveLearningContextNote', input, {
      run: (tx, user) => ctx.services.learningOverview.saveNote(tx, user, input),
      remember: rememberEntity(LearningContextNote, 'Context note'),
    });
  }
}

/** Both names of the settings mutation are one operation: a retry under either name finds the other's receipt. */
function saveLearningSettings(ctx: Context, input: SetLearningSettingsInput): Promise<LearningSettings> {
  return applyOnce(ctx, 'setLearningSettings', input, {
    run: async (tx, user) => ctx.services.learningSettings.setSettings(tx, user, input),
    remember: rememberEntity(LearningSettings, 'Learning settings'),
  });
}
