import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins, counted per account and per address over a sliding window. Kept in PostgreSQL so the
 * limit holds across every api replica.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['address', 'at'] })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
