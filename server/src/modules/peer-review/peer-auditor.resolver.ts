import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { calendarDate } from '../../../../workflows/src/rules';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { NominatePeerAuditorInput, RecordPeerAuditorTrainingInput } from './dto/peer-auditor.inputs';
import { trainingStatus, trainingValidUntil, type TrainingStatus as TrainingStatusName } from './peer-auditor-eligibility';
import { PeerAuditor } from './peer-auditor.entity';

export enum TrainingStatus {
  UNTRAINED = 'UNTRAINED',
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
}
registerEnumType(TrainingStatus, { name: 'TrainingStatus' });

export const PeerAuditorPage = PageOf(PeerAuditor, 'PeerAuditorPage');
const REMEMBER = rememberEntity(PeerAuditor, 'Peer auditor');

@Resolver(() => PeerAuditor)
export class PeerAuditorResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerAuditor, { description: 'Nominates a member of your organisation as peer auditor.' })
  nominatePeerAuditor(@Arg('input') input: NominatePeerAuditorInput, @Ctx() ctx: Context): Promise<PeerAuditor> {
    return applyOnce(ctx, 'nominatePeerAuditor', input, { run: (tx, user) => ctx.services.peerAuditors.nominate(tx, user, input), remember: REMEMBER });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerAuditor, { description: "Records a peer auditor's training (date and provider); a later training replaces the earlier." })
  recordPeerAuditorTraining(@Arg('input') input: RecordPeerAuditorTrainingInput, @Ctx() ctx: Context): Promise<PeerAuditor> {
    return applyOnce(ctx, 'recordPeerAuditorTraining', input, { run: (tx, user) => ctx.services.peerAuditors.recordTraining(tx, user, input), remember: REMEMBER });
  }

  @Authorized()
  @Query(() => PeerAuditorPage, { description: "Peer auditors, newest first: an organisation's own, the sector body's all, an institution none." })
  peerAuditors(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.peerAuditors.list(ctx.em, ctx.user!, page.first, page.after);
  }

  @FieldResolver(() => ID, { description: 'The person nominated (a member of the organisation, Organisation.members).' })
  personId(@Root() auditor: PeerAuditor): string {
    return auditor.person.id;
  }

  @FieldResolver(() => String, { description: "The person's name." })
  async name(@Root() auditor: PeerAuditor): Promise<string> {
    return (await auditor.person.loadOrFail()).name;
  }

  @FieldResolver(() => ID, { description: 'The organisation whose register holds the auditor.' })
  organisationId(@Root() auditor: PeerAuditor): string {
    return auditor.organisation.id;
  }

  @FieldResolver(() => String)
  async organisationName(@Root() auditor: PeerAuditor): Promise<string> {
    return (await auditor.organisation.loadOrFail()).name;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The last day the training counts, by the scheme rule; null without a training.' })
  async trainingValidUntil(@Root() auditor: PeerAuditor, @Ctx() ctx: Context): Promise<string | null> {
    return trainingValidUntil(auditor.trainedOn, await ctx.loaders.peerReview.trainingValidity.load('current'));
  }

  @FieldResolver(() => TrainingStatus, { description: 'Whether the auditor may be assigned to a visit today, as far as the training goes.' })
  async trainingStatus(@Root() auditor: PeerAuditor, @Ctx() ctx: Context): Promise<TrainingStatus> {
    const status: TrainingStatusName = trainingStatus(auditor.trainedOn, await ctx.loaders.peerReview.trainingValidity.load('current'), calendarDate(Date.now()));
    return TrainingStatus[status];
  }
}
