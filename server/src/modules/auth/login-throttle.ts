import type { Config } from '../../config';

/**
 * How many earlier failures a scope (an account from unknown devices, one known device, one client address)
 * may have before its attempts are slowed down, and how many before they stop until failures age out.
 */
export interface ScopeLimits {
  delayAfter: number;
  max: number;
}

export interface ThrottleSettings {
  windowMs: number;
  delayBaseMs: number;
  delayMaxMs: number;
  /** An account seen from devices it never signed in on, and each known device on its own. */
  account: ScopeLimits;
  address: ScopeLimits;
}

export function throttleSettings(config: Config): ThrottleSettings {
  return {
    windowMs: config.LOGIN_WINDOW_MINUTES * 60_000,
    delayBaseMs: config.LOGIN_DELAY_BASE_SECONDS * 1000,
    delayMaxMs: config.LOGIN_DELAY_MAX_SECONDS * 1000,
    account: { delayAfter: config.LOGIN_DELAY_AFTER_FAILURES_PER_ACCOUNT, max: config.LOGIN_MAX_FAILURES_PER_ACCOUNT },
    address: { delayAfter: config.LOGIN_DELAY_AFTER_FAILURES_PER_ADDRESS, max: config.LOGIN_MAX_FAILURES_PER_ADDRESS },
  };
}

/**
 * The moment (epoch ms) from which a scope's next attempt may be judged, given its failures within the window,
 * newest first (the latest `max` are enough: at `max` the limit decides). 0 when it may be judged now.
 *
 * After `delayAfter` failures each attempt waits, counted from the latest failure, a delay that doubles with
 * every further failure up to `delayMaxMs`; once there are `max` failures nothing is judged until the oldest of
 * those `max` leaves the window. Refused attempts are not failures (no password was tried), so waiting the
 * time given does lead to an attempt that is judged unless other failures came in between.
 */
export function nextAttemptAt(failures: readonly Date[], limits: ScopeLimits, settings: ThrottleSettings): number {
  const n = failures.length;
  let at = 0;
  if (n >= limits.max) at = failures[limits.max - 1].getTime() + settings.windowMs;
  if (n > 0 && n >= limits.delayAfter) {
    // The exponent is capped before it is used: 2 ** 1100 is Infinity, and Infinity * 0 would be NaN.
    const doublings = Math.min(n - limits.delayAfter, 60);
    at = Math.max(at, failures[0].getTime() + Math.min(settings.delayMaxMs, settings.delayBaseMs * 2 ** doublings));
  }
  return at;
}

/** Whole seconds until `at`, at least 1: what Retry-After and `retryAfterSeconds` carry. */
export const secondsUntil = (at: number, now: number): number => Math.max(1, Math.ceil((at - now) / 1000));
