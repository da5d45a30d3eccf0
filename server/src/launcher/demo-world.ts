import type { Config } from '../config';
import { openOrm } from '../db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seeders/demo-accounts';
import { seedDemoCycles } from '../db/seeders/demo-cycles';
import { FULL_DEMO_FRAMEWORK } from '../db/seeders/demo-framework-full';
import { seedDemoLearningYears } from '../db/seeders/demo-learning';
import { DEMO_HISTORY_DURATIONS, seedDemoSector } from '../db/seeders/demo-sector';
import { seedDemoData } from '../db/seeders/demo.seeder';
import { componentLogger } from '../common/logger';
import { createServices } from '../services';
import { CycleCommands } from '../temporal/cycle-commands';
import { connectTemporalClient } from '../temporal/connection';

/**
 * The demo sector (idempotent): its parties and the full-size illustrative framework, then cycles in different
 * phases brought there through the real workflows, so a worker must be polling by now, and the demo
 * organisations' learning years. The sector's hundred organisations are driven once; later starts find their
 * cycles and only read.
 */
/** Organisations driven at once: enough to keep the worker busy, few enough for two cores. */
const DEMO_SECTOR_CONCURRENCY = 4;

export async function seedDemoWorld(config: Config, databaseUrl: string, temporalAddress: string): Promise<void> {
  const orm = await openOrm(databaseUrl);
  try {
    const seeded = await seedDemoData(orm.em.fork(), FULL_DEMO_FRAMEWORK);
    const { client, connection } = await connectTemporalClient({
      address: temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
    });
    try {
      // The history version's amounts count as seconds for the cycles the seed starts (never in production): see seedDemoSector.
      const shortDurations = config.NODE_ENV !== 'production';
      const services = createServices({ ...config, TEST_SECONDS_DURATIONS: config.TEST_SECONDS_DURATIONS || shortDurations }, new CycleCommands(client, config.TEMPORAL_TASK_QUEUE));
      await seedDemoCycles(orm.em.fork(), services, seeded.framework, seeded.organisations);
      await seedDemoLearningYears(orm.em.fork(), services, seeded.organisations);
      const log = componentLogger('launcher');
      const sector = await seedDemoSector(() => orm.em.fork(), services, seeded.framework, {
        concurrency: DEMO_SECTOR_CONCURRENCY,
        history: shortDurations ? DEMO_HISTORY_DURATIONS : null,
        log: (line) => log.info(line),
      });
      if (sector.driven) log.info(`demo sector: ${sector.driven} organisations' cycles in place`);
      // The demo still starts: what failed is named, and a later start leaves that organisation as it got.
      for (const f of sector.failed) log.warn(`demo sector: ${f.name}: ${f.error}`);
    } finally {
      await connection.close();
    }
  } finally {
    await orm.close();
  }
}

/** What a person needs to sign in to the demo, as lines for the terminal. */
export function demoLoginLines(): string[] {
  return [`\nDemo logins (password for all: ${DEMO_PASSWORD}):`, ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(22)} ${a.email}`)];
}
