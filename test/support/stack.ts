import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createApi } from '../../server/src/app';
import { loadConfig, type Config } from '../../server/src/config';
import { openOrm, runMigrations } from '../../server/src/db/database';
import { seedDemoData } from '../../server/src/db/seeders/demo.seeder';
import { createMailer } from '../../server/src/modules/notification/mailer';
import type { ApiMetrics } from '../../server/src/metrics/api-metrics';
import { createServices, type Services } from '../../server/src/services';
import { CycleCommands } from '../../server/src/temporal/cycle-commands';
import { connectTemporalClient } from '../../server/src/temporal/connection';
import { createWorker } from '../../server/src/worker-runtime';
import { testEnv } from './test-env';

export interface Stack {
  url: string;
  orm: MikroORM;
  temporal: Client;
  services: Services;
  config: Config;
  taskQueue: string;
  demo: Awaited<ReturnType<typeof seedDemoData>>;
  /** What the api counts (its own registry). */
  metrics: ApiMetrics;
  /** Stops the in-process worker (for tests that run their own worker process). */
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The api and (unless told otherwise) a worker in this process, against the run's database and Temporal
 * server. Each stack gets its own task queue, so workers of different test files never pick up each other's work.
 */
export async function startStack(opts: { worker?: boolean; env?: Record<string, string>; temporalAddress?: string } = {}): Promise<Stack> {
  // A test may bring its own Temporal server (one it stops and wipes); the run's shared one otherwise.
  const env = { ...testEnv(), ...(opts.temporalAddress && { temporalAddress: opts.temporalAddress }) };
  const taskQueue = `test-${randomUUID()}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    // Fixture schemes (secondsRules) run in seconds; the config refuses this setting in production.
    ...(opts.env?.NODE_ENV === 'production' ? {} : { TEST_SECONDS_DURATIONS: 'true' }),
    // Every test calls from 127.0.0.1, most of them fast and anonymous; the rate-limit test sets its own limits.
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    // Every document compiled from its first run, so every test exercises the compiled path that the screens'
    // repeated documents take in production; compiled-execution.int covers the default, graphql-js first.
    GRAPHQL_COMPILE_AFTER: '0',
    ...opts.env,
  });
  await runMigrations(env.databaseUrl);
  const orm = await openOrm(env.databaseUrl, { statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  const demo = await seedDemoData(orm.em.fork());
  const { client, connection } = await connectTemporalClient({ address: env.temporalAddress, namespace: 'default', taskQueue });
  const services = createServices(config, new CycleCommands(client, taskQueue));
  const api = await createApi(config, orm, services);
  const server: Server = await api.listen(0, '127.0.0.1');
  const port = (server.address() as { port: number }).port;

  let worker: Worker | null = null;
  let running: Promise<void> | null = null;
  let workerConnection: { close(): Promise<void> } | null = null;
  if (opts.worker !== false) {
    const created = await createWorker(orm, {
      address: env.temporalAddress,
      namespace: 'default',
      taskQueue,
      workflowBundle: { codePath: env.workflowBundlePath },
      testSecondsDurations: config.TEST_SECONDS_DURATIONS,
      // Mails only where the test set SMTP_URL (its own sink), as the worker's entry point does.
      mailer: createMailer(config),
    });
    worker = created.worker;
    workerConnection = created.connection;
    running = worker.run();
  }

  const stopWorker = async () => {
    if (worker && worker.getState() === 'RUNNING') worker.shutdown();
    await running;
    await workerConnection?.close();
    // A second stop (the test stopped the worker itself earlier) has nothing left to close.
    workerConnection = null;
    worker = null;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    orm,
    temporal: client,
    services,
    config,
    taskQueue,
    demo,
    metrics: api.metrics,
    stopWorker,
    async stop() {
      await stopWorker();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.apollo.stop();
      await connection.close();
      await orm.close();
    },
  };
}
