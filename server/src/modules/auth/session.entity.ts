import { Entity, PrimaryKey } from '@mikro-orm/core';
import { UserToken } from './user-token.entity';

/** A signed-in browser, found by the hash of its `lc_session` cookie. */
@Entity({ tableName: 'session' })
export class Session extends UserToken {
  @PrimaryKey({ type: 'text' })
  tokenHash!: string;
}
