import 'reflect-metadata';
import { loadConfig } from './config';
import { openOrm } from './db/database';
import { createMailer } from './modules/notification/mailer';
import { createWorker } from './worker-runtime';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openOrm(config.DATABASE_URL);
  const { worker, connection } = await createWorker(orm, {
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    mailer: createMailer(config),
  });
  console.log(`[worker] polling task queue ${config.TEMPORAL_TASK_QUEUE}`);
  // Worker.run() handles SIGINT/SIGTERM itself: it stops polling and lets running tasks finish.
  await worker.run();
  await connection.close();
  await orm.close();
}

main().catch((err) => {
  console.error('[worker] failed:', err);
  process.exit(1);
});
