import 'reflect-metadata';
import { componentLogger } from './common/logger';
import { signalReady } from './common/ready-signal';
import { loadConfig } from './config';
import { openOrm } from './db/database';
import { createMailer } from './modules/notification/mailer';
import { freePort } from './launcher/temporal-dev-server';
import { metricsUrl, startMetricsServer } from './metrics/metrics-server';
import { workerScrape } from './metrics/worker-metrics';
import { startTracing } from './tracing/tracing';
import { createWorker } from './worker-runtime';
import { Client } from '@temporalio/client';
import { ensureReconcileSchedule } from './modules/cycle-repair/reconcile-schedule';

const log = componentLogger('worker');

async function main(): Promise<void> {
  const config = loadConfig();
  const tracing = startTracing(config.OTEL_EXPORTER_OTLP_ENDPOINT, 'labelcycle-worker');
  const orm = await openOrm(config.DATABASE_URL);
  const coreMetricsAddress = `127.0.0.1:${await freePort()}`;
  const { worker, connection } = await createWorker(orm, {
    coreMetricsAddress,
    tracing,
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
  const metricsServer = await startMetricsServer({
    host: config.METRICS_HOST,
    port: config.WORKER_METRICS_PORT,
    token: config.METRICS_TOKEN,
    scrape: workerScrape(coreMetricsAddress),
  });
  log.info(`polling task queue ${config.TEMPORAL_TASK_QUEUE}; metrics on ${metricsUrl(config.METRICS_HOST, metricsServer)}`);
  signalReady();
  // Worker.run() handles SIGINT/SIGTERM itself: it stops polling and lets running tasks finish.
  await worker.run();
  metricsServer.close();
  await tracing?.shutdown();
  await connection.close();
  await orm.close();
}

main().catch((err) => {
  log.fatal({ err }, 'failed');
  process.exit(1);
});
