import { Entity, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import type { Locale } from '../cycle/process-texts';
import { User } from '../user/user.entity';

/**
 * A person's calendar feed: the hash of the secret in its address, and the language it speaks (the one the
 * person used when they made it). One per person; renewing replaces the row, so the old address stops at once.
 */
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed extends BaseEntity {
  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** SHA-256 of the secret, as for sessions: a database leak hands out no working address. */
  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'text' })
  locale!: Locale;
}
