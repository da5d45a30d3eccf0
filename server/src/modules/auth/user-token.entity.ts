import { Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { User } from '../user/user.entity';

/**
 * What a session and a known device have in common: a token that the browser holds in a cookie, of one
 * user, until it expires. Only the SHA-256 of the token is stored, so a database leak hands out no live token.
 */
export abstract class UserToken {
  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
