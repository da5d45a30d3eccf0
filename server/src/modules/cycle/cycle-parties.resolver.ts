import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Party } from '../../../../workflows/src/rules';
import type { Context } from '../../graphql/context';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { ActionPermission, NextStep } from './cycle-capabilities.view';
import { WaitingParty } from './cycle-enums';
import { Cycle } from './cycle.entity';
import { PartyKind } from '../user/role';

/** Who holds the cycle: the party that acts next, the engaged institution and its assigned auditors. */
@Resolver(() => Cycle)
export class CyclePartiesResolver {
  @FieldResolver(() => WaitingParty, { description: 'Who is to act next; dueAt says until when. nextStep tells more.' })
  async waitingOn(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<Party> {
    return (await this.nextStep(cycle, ctx)).party;
  }

  @FieldResolver(() => NextStep, { description: 'Who acts next (you, another party, nobody), on what, and until when.' })
  async nextStep(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<NextStep> {
    // Only a certified cycle asks about its actions; the loader batches them for a whole list of cycles.
    const actions = cycle.phase === 'CERTIFIED' ? await ctx.loaders.improvementPlan.actionsByCycle.load(cycle.id) : [];
    return ctx.services.capabilities.nextStep(ctx.user!, cycle, actions);
  }

  @FieldResolver(() => [ActionPermission], {
    description: 'For every command and kind of content: whether you may do it now, or the refusal the mutation would give.',
  })
  async viewerCan(@Root() cycle: Cycle, @Ctx() ctx: Context): Promise<ActionPermission[]> {
    const user = ctx.user!;
    // Only a member of the organisation can be a delegate: nobody else costs a query.
    const delegate = user.partyKind === PartyKind.ORGANISATION && (await ctx.loaders.selfEvaluation.isDelegate.load({ cycleId: cycle.id, userId: user.id }));
    return ctx.services.capabilities.viewerCan(user, cycle, delegate);
  }

  @FieldResolver(() => CertifyingInstitution, { nullable: true, description: 'The institution engaged for the external audit.' })
  certifyingInstitution(@Root() cycle: Cycle): Promise<CertifyingInstitution> | null {
    return cycle.certifyingInstitution ? cycle.certifyingInstitution.loadOrFail() : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  async leadAuditor(@Root() cycle: Cycle): Promise<UserSummary | null> {
    return cycle.leadAuditor ? userSummary(await cycle.leadAuditor.loadOrFail()) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  async coAuditor(@Root() cycle: Cycle): Promise<UserSummary | null> {
    return cycle.coAuditor ? userSummary(await cycle.coAuditor.loadOrFail()) : null;
  }
}
