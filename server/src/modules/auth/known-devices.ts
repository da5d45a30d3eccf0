import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { queryRows, sql } from '../../common/sql-fragment';
import { KnownDevice } from './known-device.entity';
import { hashToken, newToken } from './session-token';

export interface PresentedDevice {
  id: string;
  token: string;
}

export interface DeviceCookie {
  token: string;
  expiresAt: Date;
}

/**
 * The device cookie: a random token per account and browser, set at every successful login and stored
 * hashed. It is bound to the account it was issued for; a login for another account, a changed token or an
 * expired one is treated as coming from an unknown device.
 */
export class KnownDevices {
  constructor(private readonly ttlMs: number) {}

  /**
   * The known device `token` names for this account, or null. The lookup runs whether or not the account
   * exists (`userId` null), so an unknown e-mail address takes as long as a known one.
   */
  async recognise(em: EntityManager, token: string | null, userId: string | null): Promise<PresentedDevice | null> {
    if (!token) return null;
    const [row] = await queryRows<{ id: string; user_id: string }>(
      em,
      sql`select id, user_id from login_device where token_hash = ${hashToken(token)} and expires_at > ${new Date()}`,
    );
    return row && row.user_id === userId ? { id: row.id, token } : null;
  }

  /** After a successful login: the presented device's lifetime starts again, or this browser becomes a known device. */
  async remember(em: EntityManager, userId: string, presented: PresentedDevice | null): Promise<DeviceCookie> {
    const expiresAt = new Date(Date.now() + this.ttlMs);
    if (presented && (await em.nativeUpdate(KnownDevice, { id: presented.id, user: userId }, { expiresAt })) === 1) {
      return { token: presented.token, expiresAt };
    }
    const token = newToken();
    // em.insert writes the data as given: the entity's own defaults (the id) do not apply.
    await em.insert(KnownDevice, { id: randomUUID(), tokenHash: hashToken(token), user: userId, createdAt: new Date(), expiresAt });
    return { token, expiresAt };
  }
}
