import { loadConfig } from '../../server/src/config';
import { nextAttemptAt, secondsUntil, throttleSettings } from '../../server/src/modules/auth/login-throttle';

const settings = throttleSettings(loadConfig({}));
const NOW = Date.parse('2026-12-04T12:00:00Z');
/** `n` failures, newest first, one a second, the newest one second ago. */
const failures = (n: number) => Array.from({ length: n }, (_, i) => new Date(NOW - (i + 1) * 1000));
const waitAfter = (n: number, limits = settings.account) => secondsUntil(nextAttemptAt(failures(n), limits, settings), NOW);
const judgedNow = (n: number, limits = settings.account) => nextAttemptAt(failures(n), limits, settings) <= NOW;

describe('the login limits, with the defaults', () => {
  it('are: delays from the 3rd failure per account and the 10th per address, 1 s doubling to 5 minutes, limits at 5 and 20 in 15 minutes', () => {
    expect(settings).toEqual({
      windowMs: 15 * 60_000,
      delayBaseMs: 1000,
      delayMaxMs: 300_000,
      account: { delayAfter: 3, max: 5 },
      address: { delayAfter: 10, max: 20 },
    });
  });

  it('judge an attempt at once below the delay threshold', () => {
    expect([0, 1, 2].map((n) => judgedNow(n))).toEqual([true, true, true]);
    expect(judgedNow(9, settings.address)).toBe(true);
  });

  it('make each further attempt wait, from the latest failure, a delay that doubles with every failure', () => {
    // The newest failure was 1 s ago: a delay of 1 s has passed, 2 s leaves 1 s to wait.
    expect(judgedNow(3)).toBe(true);
    expect(waitAfter(4)).toBe(1);
    expect(judgedNow(10, settings.address)).toBe(true);
    expect([11, 12, 13, 14].map((n) => waitAfter(n, settings.address))).toEqual([1, 3, 7, 15]);
  });

  it('cap the delay', () => {
    const limits = { delayAfter: 1, max: 1000 };
    expect(waitAfter(30, limits)).toBe(300 - 1);
    expect(waitAfter(999, limits)).toBe(300 - 1);
  });

  it('stop judging at the limit until the oldest of the latest `max` failures leaves the window', () => {
    // The 5th newest failure was 5 s ago.
    expect(waitAfter(5)).toBe(15 * 60 - 5);
    expect(waitAfter(20, settings.address)).toBe(15 * 60 - 20);
  });

  it('give at least one second, never zero or a fraction', () => {
    expect(secondsUntil(NOW + 1, NOW)).toBe(1);
    expect(secondsUntil(NOW + 1001, NOW)).toBe(2);
    expect(secondsUntil(NOW - 5000, NOW)).toBe(1);
  });
});
