import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import path from 'node:path';
import { Client } from 'pg';
import { componentLogger } from '../common/logger';
import { projectRoot } from '../common/project-root';
import { DEFAULT_DATABASE_URL } from '../config';
import { runMigrations } from './migration-config';
import { ormConfig } from './mikro-orm.config';

/**
 * `npm run db:migration:create -- <name>`: writes a migration with the difference between the entities and
 * the committed migrations. It diffs against a scratch database brought up to date first, so the result
 * never depends on the state of anyone's development database.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'change';
  const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const scratch = `labelcycle_migration_scratch_${process.pid}`;
  const admin = new Client({ connectionString: Object.assign(new URL(base), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`create database "${scratch}"`);
  try {
    const url = Object.assign(new URL(base), { pathname: `/${scratch}` }).toString();
    // Apply the compiled migrations, then write the new one as TypeScript beside the committed sources.
    await runMigrations(url);
    const config = ormConfig(url);
    const sourceDir = path.join(projectRoot(), 'server/src/db/migrations');
    const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, path: sourceDir, pathTs: sourceDir } });
    try {
      const result = await orm.getMigrator().createMigration(undefined, false, false, name);
      // The answer to the developer who ran the command, so plain stdout; failures go to the logger.
      process.stdout.write(`${result.diff.up.length ? `Wrote ${result.fileName}` : 'No schema changes.'}\n`);
    } finally {
      await orm.close();
    }
  } finally {
    await admin.query(`drop database if exists "${scratch}"`);
    await admin.end();
  }
}

main().catch((err) => {
  componentLogger('cli').fatal({ err }, 'creating a migration failed');
  process.exit(1);
});
