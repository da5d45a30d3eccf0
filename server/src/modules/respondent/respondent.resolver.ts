import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CycleIdArgs } from '../../common/id-args';
import type { Page } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES, Role } from '../user/role';
import { InviteRespondentsInput } from './dto/invite-respondents.input';
import { RespondentInvitationsArgs } from './dto/respondent-invitations.args';
import { SaveRespondentAnswerInput } from './dto/save-respondent-answer.input';
import { SubmitRespondentAnswersInput } from './dto/submit-respondent-answers.input';
import { RespondentAnswer } from './respondent-answer.entity';
import { RespondentInvitationPage, RespondentInvitationView } from './respondent-invitation.view';
import { RespondentTaskView } from './respondent-task.view';
import { SelfEvaluationSpread } from './self-evaluation-spread.view';

@Resolver()
export class RespondentResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => [RespondentInvitationView], { description: "Invites members of the cycle's organisation to give their own view on the norms, each as one layer. Quality officers only." })
  inviteRespondents(@Arg('input') input: InviteRespondentsInput, @Ctx() ctx: Context): Promise<RespondentInvitationView[]> {
    const service = ctx.services.respondentInvitations;
    return applyOnce(ctx, 'inviteRespondents', input, {
      run: (tx, user) => service.invite(tx, user, input),
      remember: { id: (views) => views[0].id, load: (tx, id) => service.batchOf(tx, id) },
    });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Query(() => RespondentInvitationPage, { description: "The cycle's invitations, newest first. The organisation's quality officers only." })
  respondentInvitations(@Args() args: RespondentInvitationsArgs, @Ctx() ctx: Context): Promise<Page<RespondentInvitationView>> {
    return ctx.services.respondentInvitations.list(ctx.em, ctx.user!, args);
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RespondentAnswer, { description: 'Autosaves the invitee\'s own answer on one norm of their invitation; only given fields change.' })
  saveRespondentAnswer(@Arg('input') input: SaveRespondentAnswerInput, @Ctx() ctx: Context): Promise<RespondentAnswer> {
    return applyOnce(ctx, 'saveRespondentAnswer', input, {
      run: (tx, user) => ctx.services.respondentAnswers.save(tx, user, input),
      remember: rememberEntity(RespondentAnswer, 'Respondent answer'),
    });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => RespondentInvitationView, { description: 'Submits the invitee\'s answers; every norm in scope needs a score. They count in the spread from then on and no longer change.' })
  submitRespondentAnswers(@Arg('input') input: SubmitRespondentAnswersInput, @Ctx() ctx: Context): Promise<RespondentInvitationView> {
    const invitations = ctx.services.respondentInvitations;
    return applyOnce(ctx, 'submitRespondentAnswers', input, {
      run: (tx, user) => ctx.services.respondentAnswers.submit(tx, user, input),
      remember: { id: (view) => view.id, load: async (tx, id) => (await invitations.batchOf(tx, id)).find((v) => v.id === id)! },
    });
  }

  @Authorized()
  @Query(() => [RespondentTaskView], { description: "The viewer's open and submitted invitations, newest first, at most 50." })
  myRespondentTasks(@Ctx() ctx: Context): Promise<RespondentTaskView[]> {
    return ctx.services.respondentAnswers.tasks(ctx.em, ctx.user!);
  }

  @Authorized()
  @Query(() => SelfEvaluationSpread, {
    description: "Quality officers: everything. The cycle's delegates, and a respondent who has submitted on this cycle: counts only (texts empty). Anyone else: NOT_ALLOWED.",
  })
  selfEvaluationSpread(@Args() { cycleId }: CycleIdArgs, @Ctx() ctx: Context): Promise<SelfEvaluationSpread> {
    return ctx.services.respondentSpread.spread(ctx.em, ctx.user!, cycleId);
  }
}

@Resolver(() => RespondentAnswer)
export class RespondentAnswerResolver {
  @FieldResolver(() => ID)
  invitationId(@Root() answer: RespondentAnswer): string {
    return answer.invitation.id;
  }

  @FieldResolver(() => ID)
  normId(@Root() answer: RespondentAnswer): string {
    return answer.norm.id;
  }
}
