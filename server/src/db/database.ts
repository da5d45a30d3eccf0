import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config';

export { canConnect, ensureDatabase, redact } from './postgres-admin';
export { runMigrations } from './migration-config';

/**
 * `statementTimeoutMs` makes PostgreSQL cancel any statement of this pool that runs longer (0: never). The
 * api sets it so one slow query cannot hold a connection and starve the pool; the worker's activities,
 * the migrations and the launcher open their pools without it.
 */
export async function openOrm(databaseUrl: string, options: { statementTimeoutMs?: number } = {}): Promise<MikroORM> {
  const { statementTimeoutMs } = options;
  return MikroORM.init(
    ormConfig(databaseUrl, statementTimeoutMs ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } } : {}),
  );
}
