import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoundIdArgs } from '../../common/id-args';
import { PageArgs } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity, type Remember } from '../receipt/mutation-receipts';
import { notFound } from '../../common/errors';
import { ORGANISATION_ROLES, Role } from '../user/role';
import {
  AnswerClimateScanInput,
  CloseClimateScanRoundInput,
  OpenClimateScanRoundInput,
  RecordTeamClimateAgreementInput,
  SaveClimateScanQuestionsInput,
} from './dto/climate-scan.inputs';
import { ClimateScanQuestion, ClimateScanQuestionSet, ClimateScanRound, ClimateTeamAgreement } from './climate-scan.entity';
import { ClimateScanForYou, ClimateScanResults, ClimateScanRoundPage, ClimateScanTeam } from './climate-scan.views';
import { TeamPerson } from './learning.views';

const MANAGERS = [Role.ORG_QUALITY_OFFICER, Role.ORG_LEARNING_COORDINATOR];

/** The learning-climate scan: statements, rounds, anonymous answers and the results per team (docs/learning.md). */
@Resolver(() => ClimateScanRound)
export class ClimateScanResolver {
  @Authorized(...MANAGERS)
  @Query(() => ClimateScanQuestionSet, { description: 'The statements rounds are opened with now; version 0 is the illustrative set, before your organisation saved its own.' })
  climateScanQuestions(@Ctx() ctx: Context): Promise<ClimateScanQuestionSet> {
    return ctx.services.climateScan.currentQuestions(ctx.em, ctx.user!.organisation!.id);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ClimateScanQuestionSet, { description: "Saves your organisation's statements as a new version; rounds opened before keep theirs." })
  saveClimateScanQuestions(@Arg('input') input: SaveClimateScanQuestionsInput, @Ctx() ctx: Context): Promise<ClimateScanQuestionSet> {
    return applyOnce(ctx, 'saveClimateScanQuestions', input, {
      run: (tx, user) => ctx.services.climateScan.saveQuestions(tx, user, input),
      remember: rememberEntity(ClimateScanQuestionSet, 'Climate scan question set'),
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ClimateScanRound, { description: 'Opens a round of the scan for the teams named, with the statements in use now.' })
  openClimateScanRound(@Arg('input') input: OpenClimateScanRoundInput, @Ctx() ctx: Context): Promise<ClimateScanRound> {
    return applyOnce(ctx, 'openClimateScanRound', input, {
      run: (tx, user) => ctx.services.climateScan.open(tx, user.organisation!.id, user.id, input),
      remember: rememberEntity(ClimateScanRound, 'Climate scan round'),
    });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => ClimateScanRound, { description: 'Closes a round: no more answers, and the results show.' })
  closeClimateScanRound(@Arg('input') input: CloseClimateScanRoundInput, @Ctx() ctx: Context): Promise<ClimateScanRound> {
    return applyOnce(ctx, 'closeClimateScanRound', input, {
      run: (tx, user) => ctx.services.climateScan.close(tx, user.organisation!.id, input.roundId),
      remember: rememberEntity(ClimateScanRound, 'Climate scan round'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => ClimateScanRoundPage, { description: "Your organisation's rounds of the scan, newest first." })
  climateScanRounds(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.climateScan.rounds(ctx.em, ctx.user!, page.first, page.after);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => ClimateScanForYou, { nullable: true, description: 'The open round for you to answer, with your teams in it; null when none of your teams is asked now.' })
  climateScan(@Ctx() ctx: Context): Promise<ClimateScanForYou | null> {
    return ctx.services.climateScan.forViewer(ctx.em, ctx.user!);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => ClimateScanForYou, { description: 'Answers the scan for one of your teams, once; the answers are kept without your name.' })
  answerClimateScan(@Arg('input') input: AnswerClimateScanInput, @Ctx() ctx: Context): Promise<ClimateScanForYou> {
    // The receipt remembers the round, never the answers: a receipt holds the caller, so it must not point at them.
    const remember: Remember<ClimateScanForYou> = {
      id: (view) => view.round.id,
      load: async (tx, id) => (await ctx.services.climateScan.forViewer(tx, ctx.user!, id)) ?? Promise.reject(notFound('Climate scan round')),
    };
    return applyOnce(ctx, 'answerClimateScan', input, { run: (tx, user) => ctx.services.climateScan.answer(tx, user, input), remember });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Query(() => ClimateScanResults, { description: 'The results of a round per team: all teams for the coordinator and the quality officer, your own teams for anyone else.' })
  climateScanResults(@Args() { roundId }: RoundIdArgs, @Ctx() ctx: Context): Promise<ClimateScanResults> {
    return ctx.services.climateScanResults.results(ctx.em, ctx.user!, roundId);
  }

  @Authorized(Role.ORG_TEAM_LEAD)
  @Mutation(() => ClimateTeamAgreement, { description: 'Records what your team concluded and agreed after a round; an empty text clears it.' })
  recordTeamClimateAgreement(@Arg('input') input: RecordTeamClimateAgreementInput, @Ctx() ctx: Context): Promise<ClimateTeamAgreement> {
    return applyOnce(ctx, 'recordTeamClimateAgreement', input, {
      run: (tx, user) => ctx.services.climateScanResults.recordAgreement(tx, user, input),
      remember: rememberEntity(ClimateTeamAgreement, 'Team climate agreement'),
    });
  }

  @FieldResolver(() => Boolean, { description: 'True until the round is closed.' })
  open(@Root() round: ClimateScanRound): boolean {
    return round.closedAt === null;
  }

  @FieldResolver(() => Int, { description: 'The version of the statements the round asks.' })
  async questionSetVersion(@Root() round: ClimateScanRound): Promise<number> {
    return (await round.questionSet.load())!.version;
  }

  @FieldResolver(() => Boolean, { description: 'True when the round asks the illustrative statements LabelCycle offers, not the organisation’s own.' })
  async illustrative(@Root() round: ClimateScanRound): Promise<boolean> {
    return (await round.questionSet.load())!.illustrative;
  }

  @FieldResolver(() => [ClimateScanQuestion], { description: 'The statements of the round, in their order.' })
  async questions(@Root() round: ClimateScanRound): Promise<ClimateScanQuestion[]> {
    return (await round.questionSet.load())!.questions;
  }

  // A view of its own rather than Team: anyone of the organisation reads rounds, and Team leads on to its members.
  @FieldResolver(() => [ClimateScanTeam], { description: 'The teams asked to answer.' })
  async teams(@Root() round: ClimateScanRound, @Ctx() ctx: Context): Promise<ClimateScanTeam[]> {
    return (await ctx.loaders.climateScan.roundTeams.load(round.id)).map((t) => ({ id: t.id, name: t.name }));
  }
}

@Resolver(() => ClimateTeamAgreement)
export class ClimateTeamAgreementResolver {
  @FieldResolver(() => TeamPerson, { nullable: true, description: 'The team lead who wrote it last.' })
  async writtenBy(@Root() agreement: ClimateTeamAgreement): Promise<TeamPerson | null> {
    const person = await agreement.writtenBy?.load();
    return person ? { id: person.id, name: person.name } : null;
  }
}
