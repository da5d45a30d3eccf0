import { secureCookies } from '../../config';
import type { Context } from '../../graphql/context';
import type { LoginResult } from './auth.service';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, SESSION_COOKIE } from './session-token';

/** Hands a new session to the browser: the session cookie and the cookie that marks the browser as the account's device. */
export function setSessionCookies(ctx: Context, { user, token, expiresAt, device }: LoginResult): void {
  const cookie = { httpOnly: true, sameSite: 'lax', secure: secureCookies(ctx.services.config) } as const;
  ctx.res.cookie(SESSION_COOKIE, token, { ...cookie, path: '/', expires: expiresAt });
  ctx.res.cookie(DEVICE_COOKIE, device.token, { ...cookie, path: DEVICE_COOKIE_PATH, expires: device.expiresAt });
  ctx.user = user; // from here on this request is the user's own, so fields such as email resolve as for `me`
}
