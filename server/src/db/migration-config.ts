import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import path from 'node:path';

/**
 * Connection and migration settings without the entities. Migrations are plain SQL, so applying them needs
 * no entity metadata; keeping entities out lets the test runner migrate before any test module loads them.
 */
export function migrationConfig(databaseUrl: string): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    extensions: [Migrator],
    forceUtcTimezone: true,
    migrations: {
      path: path.join(__dirname, 'migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      // The callers report what was applied in one line of their own.
      silent: true,
    },
    pool: { min: 0, max: 10 },
    debug: false,
  });
}

/** Applies the committed migrations that have not run yet; returns their names. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const orm = await MikroORM.init({ ...migrationConfig(databaseUrl), entities: [], discovery: { warnWhenNoEntities: false } });
  try {
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close();
  }
}
