import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { itemOfCycle } from '../access/item-of-cycle';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { AuditFinding } from './audit-finding.entity';
import { canReadAuditFindings } from './audit-finding-visibility';
import { AuditReport } from './audit-report.entity';
import { DecisionSummary } from './decision-summary.view';
import { RecordAuditFindingInput } from './dto/record-audit-finding.input';
import { NormAssessment } from './norm-assessment.view';

@Resolver(() => AuditFinding)
export class AuditFindingResolver {
  @Authorized()
  @Query(() => AuditFinding, { description: "One auditors' finding by its ID, for those who may see the cycle's findings (the organisation once the draft report is issued)." })
  auditFinding(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<AuditFinding> {
    return itemOfCycle(
      ctx,
      'Audit finding',
      id,
      async (findingId) => {
        const finding = await ctx.em.findOne(AuditFinding, { id: findingId });
        return finding && { item: finding, cycleId: finding.cycle.id };
      },
      (user, cycle) => canReadAuditFindings(ctx.services.policy, user, cycle),
    );
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => AuditFinding, {
    description: 'Records the score and notes on one norm (assigned auditors, EXTERNAL_AUDIT step AUDITING); again replaces them.',
  })
  recordAuditFinding(@Arg('input') input: RecordAuditFindingInput, @Ctx() ctx: Context): Promise<AuditFinding> {
    return applyOnce(ctx, 'recordAuditFinding', input, {
      run: (tx, user) => ctx.services.auditFindings.record(tx, user, input),
      remember: rememberEntity(AuditFinding, 'Audit finding'),
    });
  }

  @FieldResolver(() => ID)
  normId(@Root() finding: AuditFinding): string {
    return finding.norm.id;
  }

  @FieldResolver(() => String)
  async normCode(@Root() finding: AuditFinding): Promise<string> {
    return (await finding.norm.loadOrFail()).code;
  }

  @FieldResolver(() => String, { description: 'Who recorded it last.' })
  async recordedByName(@Root() finding: AuditFinding): Promise<string> {
    return (await finding.recordedBy.loadOrFail()).name;
  }
}

@Resolver(() => Cycle)
export class CycleAuditFindingsResolver {
  @FieldResolver(() => [AuditFinding], {
    description: "The auditors' findings, in the framework's order; the organisation sees them once the draft report is issued.",
  })
  auditFindings(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<AuditFinding[]> {
    return ctx.services.auditFindings.findingsOf(ctx.user!, cycle, ctx.loaders.externalAudit);
  }

  @FieldResolver(() => [NormAssessment], {
    description: "Per norm, in the framework's order: the self-evaluation answer beside the auditors' finding.",
  })
  assessment(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<NormAssessment[]> {
    return ctx.services.auditFindings.assessmentOf(ctx.user!, cycle, ctx.loaders.externalAudit);
  }

  @FieldResolver(() => DecisionSummary, {
    nullable: true,
    description: "The tallies of the findings and the self-evaluation, and the award rule's verdict with the norms it weighs; null for whoever may not see the findings yet.",
  })
  decisionSummary(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<DecisionSummary | null> {
    return ctx.services.decisionSummaries.summaryOf(ctx.user!, cycle, ctx.loaders);
  }
}

@Resolver(() => Cycle)
export class CycleAuditReportsResolver {
  @Authorized()
  @Query(() => AuditReport, { description: 'One issued report (draft or final) by its ID, for those who may see its cycle.' })
  auditReport(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<AuditReport> {
    return itemOfCycle(ctx, 'Audit report', id, async (reportId) => {
      const report = await ctx.em.findOne(AuditReport, { id: reportId });
      return report && { item: report, cycleId: report.cycle.id };
    });
  }

  @FieldResolver(() => [AuditReport], {
    description: 'The draft and final reports once issued, oldest first; the draft carries the organisation\'s reply.',
  })
  reports(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<AuditReport[]> {
    return ctx.loaders.externalAudit.reportsByCycle.load(cycle.id);
  }
}
