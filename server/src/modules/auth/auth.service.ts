import type { Dictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { managedEntity } from '../../common/entity-by-id';
import { DomainError } from '../../common/errors';
import { componentLogger } from '../../common/logger';
import type { AccountNotices } from '../notification/account-notices';
import { User } from '../user/user.entity';
import { KnownDevices, type DeviceCookie, type PresentedDevice } from './known-devices';
import { LoginFailures, type Attempt } from './login-failures';
import { nextAttemptAt, secondsUntil, throttleSettings, type ThrottleSettings } from './login-throttle';
import { hashPassword, timingDummyHash, verifyPassword } from './password';
import { Session } from './session.entity';
import { SessionCache } from './session-cache';
import { hashToken, newToken } from './session-token';
import { queryRows, sql } from '../../common/sql-fragment';

export interface LoginResult {
  user: User;
  token: string;
  expiresAt: Date;
  /** The device cookie to set (renewed, or new for this browser). */
  device: DeviceCookie;
}

const DAY_MS = 24 * 3600_000;
const log = componentLogger('api');

/**
 * Sign-in, sign-out and session lookup, with the login limits (modules/auth/login-throttle.ts): delays that
 * grow with each failure, and a limit per account that holds only for browsers the account never signed in on,
 * so whoever guesses cannot lock the owner out of their own browser. Answers never tell whether an account
 * exists: an unknown e-mail address is judged, delayed and refused exactly like a known one.
 *
 * There is no second factor in LabelCycle yet; once there is, passing it is the other way past the account
 * limit, beside a known device.
 */
export class AuthService {
  private readonly throttle: ThrottleSettings;
  private readonly failures: LoginFailures;
  private readonly devices: KnownDevices;
  private readonly sessions: SessionCache;

  constructor(
    private readonly config: Config,
    private readonly notices: AccountNotices,
  ) {
    this.throttle = throttleSettings(config);
    this.failures = new LoginFailures(this.throttle);
    this.devices = new KnownDevices(config.LOGIN_DEVICE_TTL_DAYS * DAY_MS);
    this.sessions = new SessionCache(config.SESSION_CACHE_SECONDS * 1000);
  }

  async login(em: EntityManager, emailInput: string, password: string, address: string, deviceToken: string | null): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    const device = await this.devices.recognise(em, deviceToken, user?.id ?? null);
    const attempt: Attempt = { email, address, device: device?.id ?? null, at: new Date() };
    const id = await this.failures.record(em, attempt);
    const { allowedAt, unknownDeviceFailures } = await this.failures.judge(em, attempt, id);
    // Refused before the password is looked at: sleeping here instead would let anyone tie up the api.
    const now = Date.now();
    if (allowedAt > now) {
      await this.failures.forget(em, id);
      const retryAfterSeconds = secondsUntil(allowedAt, now);
      throw new DomainError('RATE_LIMITED', `Too many failed logins. Wait ${retryAfterSeconds} seconds and try again.`, undefined, {
        retryAfterSeconds,
      });
    }
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok) {
      if (user && !device) this.warnOwnerIfLimited(em, user, attempt, unknownDeviceFailures);
      throw new DomainError('UNAUTHENTICATED', 'E-mail address or password is not correct.', 'password');
    }
    await this.failures.clear(em, attempt);
    return this.openSession(em, user, device);
  }

  /** Signs in someone who proved who they are otherwise (an invitation link): a session, and this browser as their device. */
  async startSession(em: EntityManager, user: User, deviceToken: string | null): Promise<LoginResult> {
    return this.openSession(em, user, await this.devices.recognise(em, deviceToken, user.id));
  }

  private async openSession(em: EntityManager, user: User, device: PresentedDevice | null): Promise<LoginResult> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await em.insert(Session, { tokenHash: hashToken(token), user: user.id, createdAt: new Date(), expiresAt });
    return { user, token, expiresAt, device: await this.devices.remember(em, user.id, device) };
  }

  async logout(em: EntityManager, token: string | null): Promise<void> {
    if (!token) return;
    const tokenHash = hashToken(token);
    // Marked ended before the delete, so a lookup under way cannot keep it: from here on this process asks the database.
    this.sessions.end(tokenHash);
    await em.nativeDelete(Session, { tokenHash });
  }

  async userForToken(em: EntityManager, token: string | null): Promise<User | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const known = this.sessions.get(tokenHash);
    // Each request still gets a user of its own unit of work; only the database round trip is saved.
    if (known) return managedUser(em, known.userData);
    // One indexed statement mapped straight to the user, without loading the session.
    const [row] = await queryRows<Dictionary>(em, sql`select s.expires_at as session_expires_at, u.id, u.created_at, u.email, u.name, u.role, u.party_kind, u.organisation_id, u.certifying_institution_id, u.sector_body_id
         from session s join app_user u on u.id = s.user_id
        where s.token_hash = ${tokenHash} and s.expires_at > now()`);
    if (!row) return null;
    const { session_expires_at: expiresAt, ...userRow } = row;
    const userData = em.getDriver().mapResult(userRow, em.getMetadata().get(User.name))!;
    this.sessions.set(tokenHash, { userData, sessionExpiresAt: new Date(expiresAt as string | Date).getTime() });
    return managedUser(em, userData);
  }

  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  /**
   * The failure that brings the account to its limit for unknown devices tells the owner, once per such
   * lockout: exactly one attempt is that failure. It is not waited for, so that attempt answers as fast as
   * the same failure on an account that does not exist.
   */
  private warnOwnerIfLimited(em: EntityManager, user: User, attempt: Attempt, earlier: Date[]): void {
    const { account } = this.throttle;
    if (earlier.length + 1 !== account.max) return;
    const until = new Date(nextAttemptAt([attempt.at, ...earlier], account, this.throttle)).toISOString();
    const message = { code: 'login-limited', params: { failures: account.max, until } };
    // A slow attack reaches the limit again each time an old failure leaves the window; while the owner has not
    // read the last warning, and for a day at most, that is the same news.
    this.notices.notify(em.fork(), { userId: user.id, key: 'login-limited', kind: 'SECURITY', message }, DAY_MS).catch((err: unknown) => {
      log.error({ err }, 'could not notify an account owner of a login limit');
    });
  }
}

/**
 * The user as an entity of this request's unit of work, made from the row's data the way a loaded entity is
 * (`em.find` hands the driver's mapped row to the entity factory the same way): `em.map` would map the row to
 * property names again and then merge the new entity a second time, cascading into its party references,
 * which took a tenth of a list request's CPU. Each request gets its own copy of the data, dates included,
 * because the unit of work keeps what it is given as the entity's snapshot for change detection.
 */
function managedUser(em: EntityManager, data: Dictionary): User {
  const copy: Dictionary = {};
  for (const [key, value] of Object.entries(data)) copy[key] = value instanceof Date ? new Date(value) : value;
  return managedEntity(em, User, copy);
}
