import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IdArgs } from '../../common/id-args';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { Organisation } from '../organisation/organisation.entity';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role, SECTOR_ROLES } from '../user/role';
import { DeclinePeerGroupInput, FormPeerGroupInput, PeerGroupCommandInput, ProposePeerGroupInput } from './dto/peer-group.inputs';
import { PeerGroupsArgs, PeerReviewSignUpsArgs } from './dto/peer-review.args';
import { SignUpForPeerReviewInput } from './dto/sign-up-for-peer-review.input';
import { PeerAuditor } from './peer-auditor.entity';
import { PeerGroup } from './peer-group.entity';
import { PeerVisit } from './peer-visit.entity';
import { PeerReviewSignUp } from './peer-review-sign-up.entity';
import { PeerGroupMemberView, PeerGroupProposalPage, UnmatchedSignUpPage } from './peer-review.views';

export const PeerReviewSignUpPage = PageOf(PeerReviewSignUp, 'PeerReviewSignUpPage');
export const PeerGroupPage = PageOf(PeerGroup, 'PeerGroupPage');
const REMEMBER_GROUP = rememberEntity(PeerGroup, 'Peer group');

@Resolver(() => PeerReviewSignUp)
export class PeerReviewSignUpResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerReviewSignUp, { description: 'Signs your organisation up for a peer advisory assessment; one sign-up at a time.' })
  signUpForPeerReview(@Arg('input') input: SignUpForPeerReviewInput, @Ctx() ctx: Context): Promise<PeerReviewSignUp> {
    return applyOnce(ctx, 'signUpForPeerReview', input, {
      run: (tx, user) => ctx.services.peerSignUps.signUp(tx, user, input),
      remember: rememberEntity(PeerReviewSignUp, 'Peer review sign-up'),
    });
  }

  @Authorized()
  @Query(() => PeerReviewSignUpPage, {
    description: "Sign-ups for the peer advisory assessment, newest first: the sector body's all, an organisation its own, an institution none.",
  })
  peerReviewSignUps(@Args() args: PeerReviewSignUpsArgs, @Ctx() ctx: Context) {
    return ctx.services.peerSignUps.list(ctx.em, ctx.user!, args.first, args.after, args.status);
  }

  @Authorized(...SECTOR_ROLES)
  @Query(() => PeerGroupProposalPage, {
    description: 'Suggested peer groups from the open sign-ups, by region and then size, a page at a time (sector body).',
  })
  peerGroupProposals(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.peerSignUps.proposalPage(ctx.em, args.first, args.after);
  }

  @Authorized(...SECTOR_ROLES)
  @Query(() => UnmatchedSignUpPage, {
    description: 'The open sign-ups no proposal holds (too few in their region, or partners agreed themselves), newest first (sector body).',
  })
  unmatchedPeerSignUps(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.peerSignUps.unmatchedPage(ctx.em, args.first, args.after);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that signed up.' })
  organisation(@Root() signUp: PeerReviewSignUp): Promise<Organisation> {
    // Whoever reads a sign-up may read its organisation (the sector body, or the organisation itself).
    return signUp.organisation.loadOrFail();
  }
}

@Resolver(() => PeerGroup)
export class PeerGroupResolver {
  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => PeerGroup, { description: 'Forms a peer group of at least three open sign-ups (sector body).' })
  async formPeerGroup(@Arg('input') input: FormPeerGroupInput, @Ctx() ctx: Context): Promise<PeerGroup> {
    const formed = await applyOnce(ctx, 'formPeerGroup', input, { run: (tx, user) => ctx.services.peerGroups.form(tx, user, input), remember: REMEMBER_GROUP });
    return ctx.services.peerGroups.formed(ctx.em, formed);
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => PeerGroup, { description: "Proposes your organisation's own peer group with at least two partners that agreed; the sector body confirms it." })
  proposePeerGroup(@Arg('input') input: ProposePeerGroupInput, @Ctx() ctx: Context): Promise<PeerGroup> {
    return applyOnce(ctx, 'proposePeerGroup', input, { run: (tx, user) => ctx.services.peerGroups.propose(tx, user, input), remember: REMEMBER_GROUP });
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => PeerGroup, { description: 'Confirms a proposed peer group (sector body).' })
  async confirmPeerGroup(@Arg('input') input: PeerGroupCommandInput, @Ctx() ctx: Context): Promise<PeerGroup> {
    const formed = await applyOnce(ctx, 'confirmPeerGroup', input, { run: (tx, user) => ctx.services.peerGroups.confirm(tx, user, input), remember: REMEMBER_GROUP });
    return ctx.services.peerGroups.formed(ctx.em, formed);
  }

  @Authorized(Role.SECTOR_ADMIN)
  @Mutation(() => PeerGroup, { description: 'Declines a proposed peer group with a reason; its sign-ups are open again (sector body).' })
  declinePeerGroup(@Arg('input') input: DeclinePeerGroupInput, @Ctx() ctx: Context): Promise<PeerGroup> {
    return applyOnce(ctx, 'declinePeerGroup', input, { run: (tx, user) => ctx.services.peerGroups.decline(tx, user, input), remember: REMEMBER_GROUP });
  }

  @Authorized()
  @Query(() => PeerGroup, { description: 'One peer group: for the sector body, or for an organisation that is a member.' })
  peerGroup(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<PeerGroup> {
    return ctx.services.peerGroups.get(ctx.em, ctx.user!, id);
  }

  @Authorized()
  @Query(() => PeerGroupPage, { description: "Peer groups, newest first: the sector body's all, an organisation the groups it is in, an institution none." })
  peerGroups(@Args() args: PeerGroupsArgs, @Ctx() ctx: Context) {
    return ctx.services.peerGroups.list(ctx.em, ctx.user!, args.first, args.after, args.status);
  }

  @FieldResolver(() => [PeerGroupMemberView], { description: 'The organisations of the group, by name.' })
  members(@Root() peerGroup: PeerGroup, @Ctx() ctx: Context): Promise<PeerGroupMemberView[]> {
    return ctx.loaders.peerReview.membersByGroup.load(peerGroup.id);
  }

  @FieldResolver(() => [PeerVisit], { description: 'The visits planned in the group, by date.' })
  visits(@Root() peerGroup: PeerGroup, @Ctx() ctx: Context): Promise<PeerVisit[]> {
    return ctx.loaders.peerReview.visitsByGroup.load(peerGroup.id);
  }

  @FieldResolver(() => [PeerAuditor], {
    description: "The peer auditors in the registers of the group's organisations, for planning the visits; by organisation and name.",
  })
  peerAuditors(@Root() peerGroup: PeerGroup, @Ctx() ctx: Context): Promise<PeerAuditor[]> {
    return ctx.loaders.peerReview.auditorsByGroup.load(peerGroup.id);
  }

  @FieldResolver(() => Boolean, { description: 'True when its organisations proposed it themselves; false when the sector body formed it.' })
  proposed(@Root() peerGroup: PeerGroup): boolean {
    return peerGroup.proposedBy !== null;
  }
}
