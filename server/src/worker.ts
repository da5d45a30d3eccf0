import 'reflect-metadata';
import { componentLogger } from './common/logger';
import { signalReady } from './common/ready-signal';
import { loadConfig } from './config';
import { openOrm } from './db/database';
import { createMailer } from './modules/notification/mailer';
import { createWorker } from './worker-runtime';
import { Client } from '@temporalio/client';
import { ensureReconcileSchedule } from './modules/cycle-repair/reconcile-schedule';

const log = componentLogger('worker');

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openOrm(config.DATABASE_URL);
  const { worker, connection } = await createWorker(orm, {
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    mailer: createMailer(config),
    testSecondsDurations: config.TEST_SECONDS_DURATIONS,
  });
  // Every worker start (npm start, each cluster replica) ensures the one schedule; repeating it is harmless.
  const schedule = await ensureReconcileSchedule(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), {
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    cron: config.RECONCILE_CRON,
    timezone: config.RECONCILE_TIMEZONE,
  });
  log.info({ schedule, cron: config.RECONCILE_CRON }, 'reconcile schedule');
  log.info(`polling task queue ${config.TEMPORAL_TASK_QUEUE}`);
  signalReady();
  // Worker.run() handles SIGINT/SIGTERM itself: it stops polling and lets running tasks finish.
  await worker.run();
  await connection.close();
  await orm.close();
}

main().catch((err) => {
  log.fatal({ err }, 'failed');
  process.exit(1);
});
