import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql, type SqlFragment } from '../../common/sql-fragment';
import { LoginFailure } from './login-attempt.entity';
import { nextAttemptAt, type ScopeLimits, type ThrottleSettings } from './login-throttle';

export interface Attempt {
  email: string;
  address: string;
  /** The account's known device it comes from, or null for any other browser. */
  device: string | null;
  at: Date;
}

export interface Judgement {
  /** When this attempt may be judged (epoch ms); later than now means refuse it. */
  allowedAt: number;
  /** The account's recent failures from unknown devices, newest first; empty for an attempt from a known device. */
  unknownDeviceFailures: Date[];
}

/**
 * The failure rows behind the login limits. An attempt from a known device is judged on that device's own
 * failures only; any other attempt on the failures of the account from unknown devices and on those of its
 * address. Failures from known devices do not count for the address: people behind one office address do not
 * slow each other down by mistyping on their own browsers.
 */
export class LoginFailures {
  constructor(private readonly settings: ThrottleSettings) {}

  /**
   * Every attempt is stored as a failure before it is judged and until it succeeds, so simultaneous attempts
   * see each other and no more than the limits are ever judged.
   */
  async record(em: EntityManager, attempt: Attempt): Promise<string> {
    return String(await em.insert(LoginFailure, { email: attempt.email, address: attempt.address, device: attempt.device, at: attempt.at }));
  }

  async judge(em: EntityManager, attempt: Attempt, id: string): Promise<Judgement> {
    const { account, address } = this.settings;
    if (attempt.device) {
      const own = await this.recent(em, sql`device_id = ${attempt.device}`, account, attempt, id);
      return { allowedAt: nextAttemptAt(own, account, this.settings), unknownDeviceFailures: [] };
    }
    const [byAccount, byAddress] = await Promise.all([
      this.recent(em, sql`email = ${attempt.email} and device_id is null`, account, attempt, id),
      this.recent(em, sql`address = ${attempt.address} and device_id is null`, address, attempt, id),
    ]);
    return {
      allowedAt: Math.max(nextAttemptAt(byAccount, account, this.settings), nextAttemptAt(byAddress, address, this.settings)),
      unknownDeviceFailures: byAccount,
    };
  }

  /** A refused attempt tried no password, so it is no failure: waiting as told then leads to a judged attempt. */
  async forget(em: EntityManager, id: string): Promise<void> {
    await em.nativeDelete(LoginFailure, { id });
  }

  /**
   * A successful login clears the failures it was judged on, so a person who typed wrong a few times is not
   * slowed down later: a known device's own, or otherwise the account's from unknown devices at this address.
   * Failures from elsewhere keep counting: the owner signing in does not hand whoever is guessing a fresh start.
   */
  async clear(em: EntityManager, attempt: Attempt): Promise<void> {
    await em.nativeDelete(
      LoginFailure,
      attempt.device ? { device: attempt.device } : { email: attempt.email, address: attempt.address, device: null },
    );
  }

  /** The scope's failures within the window other than this attempt's own, newest first; the latest `max` decide. */
  private async recent(em: EntityManager, scope: SqlFragment, limits: ScopeLimits, attempt: Attempt, id: string): Promise<Date[]> {
    const since = new Date(attempt.at.getTime() - this.settings.windowMs);
    const rows = await queryRows<{ at: Date | string }>(
      em,
      sql`select at from login_failure where ${scope} and at > ${since} and id <> ${id} order by at desc limit ${limits.max}`,
    );
    return rows.map((r) => new Date(r.at));
  }
}
