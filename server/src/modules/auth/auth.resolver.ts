import type { Response } from 'express';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/errors';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { LoginInput } from './dto/login.input';
import { setSessionCookies } from './session-cookies';
import { DEVICE_COOKIE, readCookie, SESSION_COOKIE } from './session-token';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Mutation(() => User, {
    description:
      'Signs in and sets two httpOnly cookies: the session, and a long-lived one marking this browser as a device the account ' +
      'signed in from, which keeps the owner able to sign in while failures from elsewhere limit the account. ' +
      'RATE_LIMITED carries retryAfterSeconds.',
  })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<User> {
    const deviceToken = readCookie(ctx.req.headers.cookie, DEVICE_COOKIE);
    const signedIn = await ctx.services.auth
      .login(ctx.em, input.email, input.password, ctx.address, deviceToken)
      .catch((err: unknown) => {
        throw withRetryAfter(ctx.res, err);
      });
    setSessionCookies(ctx, signedIn);
    return signedIn.user;
  }

  /** Ends the session only: the browser stays a known device of the account. */
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, ctx.sessionToken);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}

/** A login refused by its limits also says when to come back in Retry-After, as the api's request limit does. */
function withRetryAfter(res: Response, err: unknown): unknown {
  if (err instanceof DomainError && typeof err.details?.retryAfterSeconds === 'number') {
    res.setHeader('Retry-After', String(err.details.retryAfterSeconds));
  }
  return err;
}
