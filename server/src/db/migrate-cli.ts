import 'reflect-metadata';
import { componentLogger } from '../common/logger';
import { loadConfig } from '../config';
import { ensureDatabase, openOrm, redact, runMigrations } from './database';
import { FULL_DEMO_FRAMEWORK } from './seeders/demo-framework-full';
import { seedDemoData } from './seeders/demo.seeder';

const log = componentLogger('migrate');

/**
 * Creates the database if missing, applies committed migrations, and with DEMO_SEED=true seeds demo data.
 * All through the logger: this runs as a deployment step (docker-compose's migrate service), beside the api.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabase(config.DATABASE_URL);
  const applied = await runMigrations(config.DATABASE_URL);
  log.info({ database: redact(config.DATABASE_URL), applied }, applied.length ? `applied ${applied.length} migration(s)` : 'schema up to date');
  if (!config.DEMO_SEED) return;
  const orm = await openOrm(config.DATABASE_URL);
  try {
    await seedDemoData(orm.em.fork(), FULL_DEMO_FRAMEWORK);
    log.info('demo data present');
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  log.fatal({ err }, 'failed');
  process.exit(1);
});
