import type { Config } from '../config';
import { openOrm } from '../db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seeders/demo-accounts';
import { seedDemoCycles } from '../db/seeders/demo-cycles';
import { seedDemoLearningYears } from '../db/seeders/demo-learning';
import { seedDemoData } from '../db/seeders/demo.seeder';
import { createServices } from '../services';
import { CycleCommands } from '../temporal/cycle-commands';
import { connectTemporalClient } from '../temporal/connection';

/**
 * The demo sector (idempotent): its parties and framework, then cycles in different phases brought there
 * through the real workflows, so a worker must be polling by now, and the learning years those workflows keep.
 */
export async function seedDemoWorld(config: Config, databaseUrl: string, temporalAddress: string): Promise<void> {
  const orm = await openOrm(databaseUrl);
  try {
    const seeded = await seedDemoData(orm.em.fork());
    const { client, connection } = await connectTemporalClient({
      address: temporalAddress,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
    });
    try {
      const services = createServices(config, new CycleCommands(client, config.TEMPORAL_TASK_QUEUE));
      await seedDemoCycles(orm.em.fork(), services, seeded.framework, seeded.organisations);
      await seedDemoLearningYears(orm.em.fork(), services, seeded.organisations);
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
