import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { applyOnce, rememberEntity } from '../receipt/mutation-receipts';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import { UserSummary, userSummary } from '../user/user-summary.view';
import { setSessionCookies } from '../auth/session-cookies';
import { DEVICE_COOKIE, readCookie } from '../auth/session-token';
import { AccountInvitation } from './account-invitation.entity';
import { AcceptInvitationInput, InvitePersonInput } from './dto/people.inputs';

const AccountInvitationPage = PageOf(AccountInvitation, 'AccountInvitationPage');

/** The organisation's people: invitations by the quality officer, and the invited person's first sign-in (docs/people.md). */
@Resolver(() => AccountInvitation)
export class PeopleResolver {
  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Mutation(() => AccountInvitation, {
    description:
      'Invites someone to an account of your organisation, in a role and optionally in teams. With mail configured the ' +
      'single-use link is mailed to the person; otherwise it is in `link`, once, to hand over. Inviting a person who has ' +
      'not signed up yet again renews the link.',
  })
  invitePerson(@Arg('input') input: InvitePersonInput, @Ctx() ctx: Context): Promise<AccountInvitation> {
    return applyOnce(ctx, 'invitePerson', input, { run: (tx, user) => ctx.services.people.invite(tx, user, input), remember: rememberEntity(AccountInvitation, 'Invitation') });
  }

  @Authorized(Role.ORG_QUALITY_OFFICER)
  @Query(() => AccountInvitationPage, { description: 'Invitations of your organisation still waiting for their person, newest first.' })
  pendingInvitations(@Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.people.pending(ctx.em, ctx.user!, first, after);
  }

  @Mutation(() => User, {
    description: 'The invited person chooses a password through the link and is signed in, with the same cookies as `login`.',
  })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<User> {
    const person = await ctx.em.transactional((tx) => ctx.services.people.accept(tx, input));
    const deviceToken = readCookie(ctx.req.headers.cookie, DEVICE_COOKIE);
    setSessionCookies(ctx, await ctx.services.auth.startSession(ctx.em, person, deviceToken));
    return person;
  }

  @FieldResolver(() => UserSummary, { description: 'The person invited, with the role they were invited in.' })
  async person(@Root() invitation: AccountInvitation): Promise<UserSummary> {
    return userSummary(await invitation.person.loadOrFail());
  }

  @FieldResolver(() => Boolean, { description: 'Whether LabelCycle mails invitation links (otherwise the inviter hands them over).' })
  mailed(@Ctx() ctx: Context): boolean {
    return ctx.services.people.mailsInvitations;
  }
}
