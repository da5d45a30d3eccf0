import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { AuditFinding } from './audit-finding.entity';
import { AuditReport } from './audit-report.entity';
import { RecordAuditFindingInput } from './dto/record-audit-finding.input';
import { NormAssessment } from './norm-assessment.view';

@Resolver(() => AuditFinding)
export class AuditFindingResolver {
  @Authorized(Role.AUDITOR)
  @Mutation(() => AuditFinding, {
    description: 'Records the score and notes on one norm (assigned auditors, EXTERNAL_AUDIT step AUDITING); again replaces them.',
  })
  recordAuditFinding(@Arg('input') input: RecordAuditFindingInput, @Ctx() ctx: Context): Promise<AuditFinding> {
    return ctx.services.auditFindings.record(ctx.em, ctx.user!, input);
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
}

@Resolver(() => Cycle)
export class CycleAuditReportsResolver {
  @FieldResolver(() => [AuditReport], {
    description: 'The draft and final reports once issued, oldest first; the draft carries the organisation\'s reply.',
  })
  reports(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<AuditReport[]> {
    return ctx.loaders.externalAudit.reportsByCycle.load(cycle.id);
  }
}
