import type { Dictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { DomainError } from '../../common/errors';
import { User } from '../user/user.entity';
import { LoginFailure } from './login-attempt.entity';
import { hashPassword, timingDummyHash, verifyPassword } from './password';
import { Session } from './session.entity';
import { hashToken, newSessionToken } from './session-token';
import { queryRows, sql } from '../../common/sql-fragment';

export interface LoginResult {
  user: User;
  token: string;
  expiresAt: Date;
}

/** Sign-in, sign-out and session lookup. Failed attempts are limited per account and per address. */
export class AuthService {
  constructor(private readonly config: Config) {}

  async login(em: EntityManager, emailInput: string, password: string, address: string): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    // Every attempt counts as a failure from before the (slow) password check until it succeeds, so
    // simultaneous attempts see each other and no more than the limit are ever judged.
    await em.insert(LoginFailure, { email, address, at: new Date() });
    await this.assertNotThrottled(em, email, address);
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok) throw new DomainError('UNAUTHENTICATED', 'E-mail address or password is not correct.', 'password');
    // A successful login clears this account's failures (this attempt's too), so a person who typed wrong
    // a few times is not locked out later; failures of other accounts from the address keep counting.
    await em.nativeDelete(LoginFailure, { email });
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await em.insert(Session, { tokenHash: hashToken(token), user: user.id, createdAt: new Date(), expiresAt });
    return { user, token, expiresAt };
  }

  async logout(em: EntityManager, token: string | null): Promise<void> {
    if (token) await em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  async userForToken(em: EntityManager, token: string | null): Promise<User | null> {
    if (!token) return null;
    // Runs on every request: one indexed statement mapped straight to the user, without loading the session.
    const [row] = await queryRows<Dictionary>(em, sql`select u.id, u.created_at, u.email, u.name, u.role, u.party_kind, u.organisation_id, u.certifying_institution_id, u.sector_body_id
         from session s join app_user u on u.id = s.user_id
        where s.token_hash = ${hashToken(token)} and s.expires_at > now()`);
    return row ? em.map(User, row) : null;
  }

  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  private async assertNotThrottled(em: EntityManager, email: string, address: string): Promise<void> {
    const since = new Date(Date.now() - this.config.LOGIN_WINDOW_MINUTES * 60_000);
    const [byAccount, byAddress] = await Promise.all([
      em.count(LoginFailure, { email, at: { $gte: since } }),
      em.count(LoginFailure, { address, at: { $gte: since } }),
    ]);
    // The counts include the attempt being judged, hence "more than".
    if (byAccount > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT || byAddress > this.config.LOGIN_MAX_FAILURES_PER_ADDRESS) {
      throw new DomainError(
        'RATE_LIMITED',
        `Too many failed logins. Wait ${this.config.LOGIN_WINDOW_MINUTES} minutes and try again.`,
      );
    }
  }
}
