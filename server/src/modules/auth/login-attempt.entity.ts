import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { KnownDevice } from './known-device.entity';

/**
 * Failed logins, counted per account, per known device and per address over a sliding window. Kept in
 * PostgreSQL so the limits hold across every api replica.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['address', 'at'] })
@Index({ properties: ['device', 'at'] })
// For the cleanup, which removes what has left the window.
@Index({ properties: ['at'] })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  address!: string;

  /** The known device of this account the attempt came from; null for any other browser. */
  @ManyToOne(() => KnownDevice, { ref: true, nullable: true, deleteRule: 'cascade' })
  device: Ref<KnownDevice> | null = null;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
