import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/**
 * A signed-in browser. Only the SHA-256 of the cookie token is stored, so a database leak does not
 * hand out live sessions.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
