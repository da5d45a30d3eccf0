import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Role } from '../user/role';
import { Cycle } from './cycle.entity';
import { CycleCommandInput } from './dto/cycle-command.input';
import { CompletePreparationInput } from './dto/complete-preparation.input';
import { CertificateActionInput, DecideCertificationInput, ReviewImprovementPlanInput } from './dto/decision.inputs';
import {
  AcceptEngagementInput,
  ConfirmAuditDateInput,
  DeclineEngagementInput,
  EngageCertifyingInstitutionInput,
  ProposeAuditDatesInput,
  ReplyToDraftReportInput,
} from './dto/engagement.inputs';
import { IssueDraftReportInput, IssueFinalReportInput } from './dto/report.inputs';

/** The cycle's process commands; each returns the cycle as the workflow left it, or a typed refusal. */
@Resolver(() => Cycle)
export class CycleCommandResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Ends preparation and opens the self-evaluation.' })
  completePreparation(@Arg('input') input: CompletePreparationInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.completePreparation(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Submits the self-evaluation; needs every norm scored, then locks the answers.' })
  submitSelfEvaluation(@Arg('input') input: CycleCommandInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.submitSelfEvaluation(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Closes the internal audit: every planned audit done or cancelled, at least one done.' })
  completeInternalAudit(@Arg('input') input: CycleCommandInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.completeInternalAudit(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Asks an admitted certifying institution to carry out the external audit.' })
  engageCertifyingInstitution(@Arg('input') input: EngageCertifyingInstitutionInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.engageCertifyingInstitution(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.CI_MANAGER)
  @Mutation(() => Cycle, { description: 'Accepts the engagement: lead and co-auditor, audit days from the table or overridden with a reason.' })
  acceptEngagement(@Arg('input') input: AcceptEngagementInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.acceptEngagement(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.CI_MANAGER)
  @Mutation(() => Cycle, { description: 'Declines the engagement with a reason: the organisation is told and may engage another institution.' })
  declineEngagement(@Arg('input') input: DeclineEngagementInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.declineEngagement(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => Cycle, { description: 'Proposes audit date options to the organisation.' })
  proposeAuditDates(@Arg('input') input: ProposeAuditDatesInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.proposeAuditDates(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Confirms one of the proposed audit dates.' })
  confirmAuditDate(@Arg('input') input: ConfirmAuditDateInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.confirmAuditDate(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => Cycle, { description: 'The lead auditor issues the draft report; every norm needs a finding.' })
  issueDraftReport(@Arg('input') input: IssueDraftReportInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.issueDraftReport(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: "The organisation's reply to the draft report, within the scheme's window." })
  replyToDraftReport(@Arg('input') input: ReplyToDraftReportInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.replyToDraftReport(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => Cycle, { description: 'The lead auditor issues the final report with advice.' })
  issueFinalReport(@Arg('input') input: IssueFinalReportInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.issueFinalReport(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => Cycle, { description: 'Submits the improvement plan; every finding below MEETS needs an action.' })
  submitImprovementPlan(@Arg('input') input: CycleCommandInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.submitImprovementPlan(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => Cycle, { description: 'The lead auditor accepts the improvement plan or returns it with comments.' })
  reviewImprovementPlan(@Arg('input') input: ReviewImprovementPlanInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.reviewImprovementPlan(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.SECTOR_DECIDER)
  @Mutation(() => Cycle, { description: 'Awards, refuses or defers, with a reason; an award issues the certificate.' })
  decideCertification(@Arg('input') input: DecideCertificationInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.decideCertification(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => Cycle, { description: 'Suspends the certificate; the register shows it at once.' })
  suspendCertificate(@Arg('input') input: CertificateActionInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.suspendCertificate(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => Cycle, { description: 'Lifts the suspension of a certificate: valid again until its end date; the register shows it at once.' })
  reinstateCertificate(@Arg('input') input: CertificateActionInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.reinstateCertificate(ctx.em, ctx.user!, input);
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => Cycle, { description: 'Withdraws the certificate; the register shows it at once.' })
  withdrawCertificate(@Arg('input') input: CertificateActionInput, @Ctx() ctx: Context) {
    return ctx.services.cycleCommands.withdrawCertificate(ctx.em, ctx.user!, input);
  }
}
