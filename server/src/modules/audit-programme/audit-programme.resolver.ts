import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CycleIdArgs } from '../../common/id-args';
import type { Context } from '../../graphql/context';
import { CycleCommandInput } from '../cycle/dto/cycle-command.input';
import { Norm } from '../framework/norm.entity';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { User } from '../user/user.entity';
import { AuditProgramme } from './audit-programme.entity';
import { AuditProgrammeSlot, slotView } from './audit-programme.view';
import { SaveAuditProgrammeInput } from './dto/save-audit-programme.input';

const REMEMBER = rememberEntity(AuditProgramme, 'Audit programme');

@Resolver(() => AuditProgramme)
export class AuditProgrammeResolver {
  @Authorized()
  @Query(() => AuditProgramme, { nullable: true, description: 'The audit programme of a cycle, for those who may see the cycle; null while none was saved.' })
  auditProgramme(@Args() { cycleId }: CycleIdArgs, @Ctx() ctx: Context): Promise<AuditProgramme | null> {
    return ctx.services.auditProgrammes.programmeOf(ctx.em, ctx.user!, cycleId);
  }

  @Authorized(Role.AUDITOR)
  @Mutation(() => AuditProgramme, {
    description: 'Saves the audit programme (the lead auditor; EXTERNAL_AUDIT from SCHEDULING to AUDITING): replaces every slot and clears the confirmation.',
  })
  saveAuditProgramme(@Arg('input') input: SaveAuditProgrammeInput, @Ctx() ctx: Context): Promise<AuditProgramme> {
    return applyOnce(ctx, 'saveAuditProgramme', input, { run: (tx, user) => ctx.services.auditProgrammes.save(tx, user, input), remember: REMEMBER });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => AuditProgramme, { description: "Confirms the audit programme for the organisation (the quality officer); it needs at least one slot." })
  confirmAuditProgramme(@Arg('input') input: CycleCommandInput, @Ctx() ctx: Context): Promise<AuditProgramme> {
    return applyOnce(ctx, 'confirmAuditProgramme', input, { run: (tx, user) => ctx.services.auditProgrammes.confirm(tx, user, input), remember: REMEMBER });
  }

  @FieldResolver(() => ID)
  cycleId(@Root() programme: AuditProgramme): string {
    return programme.cycle.id;
  }

  @FieldResolver(() => [AuditProgrammeSlot], { description: 'By day and start time.' })
  async slots(@Root() programme: AuditProgramme): Promise<AuditProgrammeSlot[]> {
    const cycle = await programme.cycle.loadOrFail();
    return programme.slots.map((s) => slotView(s, cycle.frameworkVersion.id));
  }

  @FieldResolver(() => String, { description: 'Who saved the slots last.' })
  async savedByName(@Root() programme: AuditProgramme): Promise<string> {
    return (await programme.savedBy.loadOrFail()).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who confirmed it for the organisation.' })
  async confirmedByName(@Root() programme: AuditProgramme): Promise<string | null> {
    return programme.confirmedBy ? (await programme.confirmedBy.loadOrFail()).name : null;
  }

  @FieldResolver(() => [Norm], { description: "Norms of the cycle's framework version that no slot covers, in the framework's order." })
  uncoveredNorms(@Root() programme: AuditProgramme, @Ctx() ctx: Context): Promise<Norm[]> {
    return ctx.services.auditProgrammes.uncoveredNorms(programme, ctx.loaders.externalAudit);
  }
}

@Resolver(() => AuditProgrammeSlot)
export class AuditProgrammeSlotResolver {
  @FieldResolver(() => [Norm], { description: "The norms this slot covers, in the framework's order." })
  async norms(@Root() slot: AuditProgrammeSlot, @Ctx() ctx: Context): Promise<Norm[]> {
    // One query for the whole version, shared by every slot of the answer.
    const named = new Set(slot.normIds);
    return (await ctx.loaders.externalAudit.normsByVersion.load(slot.frameworkVersionId)).filter((n) => named.has(n.id));
  }

  @FieldResolver(() => [UserSummary])
  async auditors(@Root() slot: AuditProgrammeSlot, @Ctx() ctx: Context): Promise<UserSummary[]> {
    // References load through MikroORM's dataloader: the auditors of every slot come in one query.
    const people = await Promise.all(slot.auditorIds.map((id) => ctx.em.getReference(User, id, { wrapped: true }).load()));
    return people.filter((p): p is User => !!p).map(userSummary);
  }
}
