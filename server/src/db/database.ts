import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './mikro-orm.config';

export { canConnect, ensureDatabase, redact } from './postgres-admin';
export { runMigrations } from './migration-config';

export async function openOrm(databaseUrl: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(databaseUrl));
}
