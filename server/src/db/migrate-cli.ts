import 'reflect-metadata';
import { loadConfig } from '../config';
import { ensureDatabase, openOrm, redact, runMigrations } from './database';
import { seedDemoData } from './seeders/demo.seeder';

/** Creates the database if missing, applies committed migrations, and with DEMO_SEED=true seeds demo data. */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(config.DATABASE_URL);
  console.log(`[migrate] ${redact(config.DATABASE_URL)}: ${applied.length ? applied.join(', ') : 'up to date'}`);
  if (!config.DEMO_SEED) return;
  const orm = await openOrm(config.DATABASE_URL);
  try {
    await seedDemoData(orm.em.fork());
    console.log('[migrate] demo data present');
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error('[migrate] failed:', err);
  process.exit(1);
});
