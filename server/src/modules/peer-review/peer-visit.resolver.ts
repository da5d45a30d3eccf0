import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { ConfirmPeerVisitInput, PlanPeerVisitInput, ReplanPeerVisitInput } from './dto/peer-visit.inputs';
import { PeerAuditor } from './peer-auditor.entity';
import { PeerVisit } from './peer-visit.entity';

const REMEMBER = rememberEntity(PeerVisit, 'Peer visit');

@Resolver(() => PeerVisit)
export class PeerVisitResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerVisit, {
    description: 'Plans the visit of a member organisation of a formed peer group you are in: the day and a pair of peer auditors of the other members.',
  })
  planPeerVisit(@Arg('input') input: PlanPeerVisitInput, @Ctx() ctx: Context): Promise<PeerVisit> {
    return applyOnce(ctx, 'planPeerVisit', input, { run: (tx, user) => ctx.services.peerVisits.plan(tx, user, input), remember: REMEMBER });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerVisit, { description: 'Changes the day or the pair of a visit of your group that is not confirmed yet.' })
  replanPeerVisit(@Arg('input') input: ReplanPeerVisitInput, @Ctx() ctx: Context): Promise<PeerVisit> {
    return applyOnce(ctx, 'replanPeerVisit', input, { run: (tx, user) => ctx.services.peerVisits.replan(tx, user, input), remember: REMEMBER });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerVisit, { description: "Confirms the day of your organisation's own visit; after that it no longer changes." })
  async confirmPeerVisit(@Arg('input') input: ConfirmPeerVisitInput, @Ctx() ctx: Context): Promise<PeerVisit> {
    const visit = await applyOnce(ctx, 'confirmPeerVisit', input, { run: (tx, user) => ctx.services.peerVisits.confirm(tx, user, input), remember: REMEMBER });
    return ctx.services.peerVisits.confirmed(visit);
  }

  @Authorized()
  @Query(() => [PeerVisit], { description: 'The visits you are assigned to as peer auditor, by date; empty for anyone else.' })
  myPeerVisits(@Ctx() ctx: Context): Promise<PeerVisit[]> {
    return ctx.services.peerVisits.assigned(ctx.em, ctx.user!);
  }

  @FieldResolver(() => ID)
  peerGroupId(@Root() visit: PeerVisit): string {
    return visit.group.id;
  }

  @FieldResolver(() => ID, { description: 'The organisation visited (one of PeerGroup.members).' })
  visitedOrganisationId(@Root() visit: PeerVisit): string {
    return visit.organisation.id;
  }

  @FieldResolver(() => String)
  async visitedOrganisationName(@Root() visit: PeerVisit): Promise<string> {
    return (await visit.organisation.loadOrFail()).name;
  }

  @FieldResolver(() => [PeerAuditor], { description: 'The pair of peer auditors, as named when planned.' })
  auditors(@Root() visit: PeerVisit): Promise<PeerAuditor[]> {
    return Promise.all([visit.firstAuditor.loadOrFail(), visit.secondAuditor.loadOrFail()]);
  }

  @FieldResolver(() => String, { description: 'Who planned it last.' })
  async plannedByName(@Root() visit: PeerVisit): Promise<string> {
    return (await visit.plannedBy.loadOrFail()).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who confirmed the date for the visited organisation; null while planned.' })
  async confirmedByName(@Root() visit: PeerVisit): Promise<string | null> {
    return visit.confirmedBy ? (await visit.confirmedBy.loadOrFail()).name : null;
  }
}
