import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cycle } from '../cycle/cycle.entity';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { ORGANISATION_ROLES, Role } from '../user/role';
import { IssueLearningReportInput, LearningReportCommandInput, RecordPeerFindingInput, ReplyToLearningReportInput } from './dto/peer-finding.inputs';
import { PeerVisitIdArgs } from './dto/peer-review.args';
import { LearningReport, LearningReportStatus, PeerFinding } from './peer-finding.entity';
import { PeerVisitSelfEvaluation } from './peer-review.views';
import { PeerVisit } from './peer-visit.entity';

const REMEMBER_REPORT = rememberEntity(LearningReport, 'Learning report');

const nameOf = async (ref: { loadOrFail(): Promise<{ name: string }> } | null) => (ref ? (await ref.loadOrFail()).name : null);

@Resolver(() => PeerFinding)
export class PeerFindingResolver {
  // Peer auditors are members of their organisations in any role; the service admits only the visit's pair.
  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => PeerFinding, {
    description: 'Records (or, for the same norm again, replaces) a finding of the visit: what goes well, the intention, the points to learn from. The pair of the visit, once it is confirmed and until the report is issued.',
  })
  recordPeerFinding(@Arg('input') input: RecordPeerFindingInput, @Ctx() ctx: Context): Promise<PeerFinding> {
    return applyOnce(ctx, 'recordPeerFinding', input, {
      run: (tx, user) => ctx.services.peerFindings.record(tx, user, input),
      remember: rememberEntity(PeerFinding, 'Peer finding'),
    });
  }

  @FieldResolver(() => ID)
  normId(@Root() finding: PeerFinding): string {
    return finding.norm.id;
  }

  @FieldResolver(() => String)
  async normCode(@Root() finding: PeerFinding): Promise<string> {
    return (await finding.norm.loadOrFail()).code;
  }

  @FieldResolver(() => String)
  async normTitle(@Root() finding: PeerFinding): Promise<string> {
    return (await finding.norm.loadOrFail()).title;
  }

  @FieldResolver(() => String, { description: 'Who of the pair saved it last.' })
  async recordedByName(@Root() finding: PeerFinding): Promise<string> {
    return (await finding.recordedBy.loadOrFail()).name;
  }
}

@Resolver(() => LearningReport)
export class LearningReportResolver {
  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningReport, { description: 'Issues the learning report of a visit with a summary, by one of its pair; it needs at least one finding.' })
  issueLearningReport(@Arg('input') input: IssueLearningReportInput, @Ctx() ctx: Context): Promise<LearningReport> {
    return applyOnce(ctx, 'issueLearningReport', input, { run: (tx, user) => ctx.services.peerFindings.issue(tx, user, input), remember: REMEMBER_REPORT });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => LearningReport, { description: "The visited organisation's reply to its issued learning report." })
  replyToLearningReport(@Arg('input') input: ReplyToLearningReportInput, @Ctx() ctx: Context): Promise<LearningReport> {
    return applyOnce(ctx, 'replyToLearningReport', input, { run: (tx, user) => ctx.services.peerFindings.reply(tx, user, input), remember: REMEMBER_REPORT });
  }

  @Authorized(...ORGANISATION_ROLES)
  @Mutation(() => LearningReport, { description: 'Makes the learning report final after the reply, by one of the pair; nothing changes after that.' })
  async finaliseLearningReport(@Arg('input') input: LearningReportCommandInput, @Ctx() ctx: Context): Promise<LearningReport> {
    const report = await applyOnce(ctx, 'finaliseLearningReport', input, { run: (tx, user) => ctx.services.peerFindings.finalise(tx, user, input), remember: REMEMBER_REPORT });
    return ctx.services.peerFindings.finalised(ctx.em, report);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => LearningReport, { description: "Shares the visited organisation's final learning report with the other members of its group." })
  shareLearningReport(@Arg('input') input: LearningReportCommandInput, @Ctx() ctx: Context): Promise<LearningReport> {
    return applyOnce(ctx, 'shareLearningReport', input, { run: (tx, user) => ctx.services.peerFindings.share(tx, user, input), remember: REMEMBER_REPORT });
  }

  @Authorized()
  @Query(() => LearningReport, {
    description: 'The learning report of a visit: for its pair; for the visited organisation once issued; for the other members once shared.',
  })
  learningReport(@Args() { peerVisitId }: PeerVisitIdArgs, @Ctx() ctx: Context): Promise<LearningReport> {
    return ctx.services.peerFindings.report(ctx.em, ctx.user!, peerVisitId);
  }

  @Authorized()
  @Query(() => PeerVisitSelfEvaluation, {
    description: "The visited organisation's self-evaluation and evidence, for the pair of the visit from planning until the learning report is final.",
  })
  peerVisitSelfEvaluation(@Args() { peerVisitId }: PeerVisitIdArgs, @Ctx() ctx: Context): Promise<PeerVisitSelfEvaluation> {
    return ctx.services.peerFindings.selfEvaluation(ctx.em, ctx.user!, peerVisitId);
  }

  @FieldResolver(() => ID)
  peerVisitId(@Root() report: LearningReport): string {
    return report.visit.id;
  }

  @FieldResolver(() => PeerVisit)
  visit(@Root() report: LearningReport): Promise<PeerVisit> {
    return report.visit.loadOrFail();
  }

  @FieldResolver(() => [PeerFinding], { description: "Per norm, in the framework's order." })
  findings(@Root() report: LearningReport, @Ctx() ctx: Context): Promise<PeerFinding[]> {
    return ctx.loaders.peerReview.findingsByVisit.load(report.visit.id);
  }

  @FieldResolver(() => String, { nullable: true })
  issuedByName(@Root() report: LearningReport): Promise<string | null> {
    return nameOf(report.issuedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  repliedByName(@Root() report: LearningReport): Promise<string | null> {
    return nameOf(report.repliedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  finalisedByName(@Root() report: LearningReport): Promise<string | null> {
    return nameOf(report.finalisedBy);
  }
}

/** What everyone who sees a visit reads of its report: where it stands, not what it says. */
@Resolver(() => PeerVisit)
export class PeerVisitReportResolver {
  @FieldResolver(() => LearningReportStatus)
  async learningReportStatus(@Root() visit: PeerVisit, @Ctx() ctx: Context): Promise<LearningReportStatus> {
    return (await ctx.loaders.peerReview.reportByVisit.load(visit.id))?.status ?? LearningReportStatus.DRAFT;
  }

  @FieldResolver(() => Boolean, { description: 'True once the visited organisation shared its final report with the group.' })
  async learningReportShared(@Root() visit: PeerVisit, @Ctx() ctx: Context): Promise<boolean> {
    return !!(await ctx.loaders.peerReview.reportByVisit.load(visit.id))?.sharedAt;
  }
}

/** The combination test: a COMBINED cycle shows the final learning reports of its own peer assessment to its auditors. */
@Resolver(() => Cycle)
export class CyclePeerReportsResolver {
  @FieldResolver(() => [LearningReport], {
    description:
      "For a COMBINED cycle: the final learning reports of the peer assessment linked to the cycle (the organisation's sign-up carries it), newest first, read-only, for the organisation and the cycle's lead and co-auditor; empty for anyone else and for any other variant.",
  })
  peerLearningReports(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<LearningReport[]> {
    return ctx.services.peerFindings.reportsOfCombinedCycle(ctx.em, ctx.user!, cycle);
  }
}
