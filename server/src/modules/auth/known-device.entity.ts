import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserToken } from './user-token.entity';

/**
 * A browser an account signed in from, found by the hash of its long-lived `lc_device` cookie. A login that
 * presents it is judged on this device's own failures, so failures from elsewhere cannot lock the owner out of
 * a browser they already use.
 */
@Entity({ tableName: 'login_device' })
export class KnownDevice extends UserToken {
  /** Not secret (the failure rows name it); the token is. */
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash!: string;
}
