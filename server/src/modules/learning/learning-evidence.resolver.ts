import { Args, Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CycleIdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { applyOnce, REMEMBER_ID, rememberEntity } from '../receipt/mutation-receipts';
import { LinkLearningEvidenceInput, UnlinkLearningEvidenceInput } from './dto/learning.inputs';
import { LearningEvidenceLink } from './learning-evidence.entity';
import { LearningYearReport } from './learning-settings.entity';
import { LearningYearReportScanRound } from './learning-year.views';
import { UPLOADERS } from '../evidence/evidence-intake.service';

/** The learning year report and scan results as evidence for a cycle's norms (docs/learning.md). */
@Resolver(() => LearningEvidenceLink)
export class LearningEvidenceResolver {
  @Authorized(...UPLOADERS)
  @Mutation(() => LearningEvidenceLink, { description: "Links a learning year report or a closed scan round of your organisation to a norm of the cycle's self-evaluation; linking again finds the same link." })
  linkLearningEvidence(@Arg('input') input: LinkLearningEvidenceInput, @Ctx() ctx: Context): Promise<LearningEvidenceLink> {
    return applyOnce(ctx, 'linkLearningEvidence', input, {
      run: (tx, user) => ctx.services.learningEvidence.link(tx, user, input),
      remember: rememberEntity(LearningEvidenceLink, 'Learning evidence link'),
    });
  }

  @Authorized(...UPLOADERS)
  @Mutation(() => ID, { description: 'Removes a learning evidence link while its phase is open; answers its ID.' })
  unlinkLearningEvidence(@Arg('input') input: UnlinkLearningEvidenceInput, @Ctx() ctx: Context): Promise<string> {
    return applyOnce(ctx, 'unlinkLearningEvidence', input, { run: (tx, user) => ctx.services.learningEvidence.unlink(tx, user, input), remember: REMEMBER_ID });
  }

  @Authorized()
  @Query(() => [LearningEvidenceLink], { description: "The learning evidence linked in a cycle, for everyone who reads the cycle (its auditors too): aggregates only." })
  learningEvidence(@Args() { cycleId }: CycleIdArgs, @Ctx() ctx: Context): Promise<LearningEvidenceLink[]> {
    return ctx.services.learningEvidence.ofCycle(ctx.em, ctx.user!, cycleId);
  }

  @FieldResolver(() => ID)
  normId(@Root() link: LearningEvidenceLink): string {
    return link.norm.id;
  }

  @FieldResolver(() => String)
  async normCode(@Root() link: LearningEvidenceLink): Promise<string> {
    return (await link.norm.load())!.code;
  }

  @FieldResolver(() => LearningYearReport, { nullable: true })
  async learningYearReport(@Root() link: LearningEvidenceLink): Promise<LearningYearReport | null> {
    return link.learningYearReport ? ((await link.learningYearReport.load()) ?? null) : null;
  }

  @FieldResolver(() => LearningYearReportScanRound, { nullable: true, description: "A linked round's team averages, shown per team only above the threshold." })
  climateScan(@Root() link: LearningEvidenceLink, @Ctx() ctx: Context): Promise<LearningYearReportScanRound | null> {
    return ctx.services.learningEvidence.scanRound(ctx.em, link);
  }
}

