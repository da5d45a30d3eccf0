import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The identity of this database: one row with a random ID, made by the migration that created the table,
 * so every database has its own. Evidence stores are marked with it (see store-ownership.ts). A database
 * restored from a copy carries the copy's ID; give it a new one before pointing it at a store of its own.
 */
@Entity({ tableName: 'database_identity' })
export class DatabaseIdentity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
