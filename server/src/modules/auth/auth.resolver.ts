import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { LoginInput } from './dto/login.input';
import { SESSION_COOKIE } from './session-token';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Mutation(() => User, { description: 'Signs in and sets an httpOnly session cookie.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    const { user, token, expiresAt } = await ctx.services.auth.login(ctx.em, input.email, input.password, ctx.address);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.services.config.COOKIE_SECURE ?? ctx.services.config.NODE_ENV === 'production',
      path: '/',
      expires: expiresAt,
    });
    ctx.user = user; // from here on this request is the user's own, so fields such as email resolve as for `me`
    return user;
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, ctx.sessionToken);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
