import 'reflect-metadata';
import type { Server } from 'node:http';
import { createApi } from './app';
import { componentLogger } from './common/logger';
import { signalReady } from './common/ready-signal';
import { loadConfig } from './config';
import { openOrm } from './db/database';
import { createServices } from './services';
import { CycleCommands } from './temporal/cycle-commands';
import { connectTemporalClient } from './temporal/connection';
import { startEvidenceSweeper } from './modules/evidence/evidence-sweeper';
import { startLoginCleanup } from './modules/auth/login-cleanup';
import { startLearningRetention } from './modules/learning/learning-retention';
import { metricsUrl, startMetricsServer } from './metrics/metrics-server';
import { clientTracing } from './tracing/temporal-tracing';
import { startTracing } from './tracing/tracing';

const log = componentLogger('api');

async function main(): Promise<void> {
  const config = loadConfig();
  const tracing = startTracing(config.OTEL_EXPORTER_OTLP_ENDPOINT, 'labelcycle-api');
  const orm = await openOrm(config.DATABASE_URL, { statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  const { client, connection } = await connectTemporalClient({
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
  }, clientTracing(tracing));
  const services = createServices(config, new CycleCommands(client, config.TEMPORAL_TASK_QUEUE));
  const api = await createApi(config, orm, services);
  const server = await api.listen(config.PORT, config.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info(`listening on http://${config.HOST}:${port}`);
  const metricsServer = await startMetricsServer({
    host: config.METRICS_HOST,
    port: config.METRICS_PORT,
    token: config.METRICS_TOKEN,
    scrape: async () => ({ contentType: api.metrics.registry.contentType, body: await api.metrics.registry.metrics() }),
  });
  log.info(`metrics on ${metricsUrl(config.METRICS_HOST, metricsServer)}`);
  signalReady();
  // Started here, not in createApi: test stacks share one folder across databases and must not sweep each other.
  const stopSweeper = startEvidenceSweeper(orm.em.fork(), services.evidence, log);
  const stopLoginCleanup = startLoginCleanup(orm.em.fork(), config, log);
  const stopRetention = startLearningRetention(orm.em.fork(), log);

  const stop = async () => {
    log.info('stopping: finishing the requests under way');
    api.drain();
    stopSweeper();
    stopLoginCleanup();
    stopRetention();
    await finishRequests(server);
    metricsServer.close();
    await api.apollo.stop();
    await connection.close();
    await orm.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** How long a stopping api waits for requests under way (an evidence upload, say) before it cuts them (within the ten seconds a container gets to stop). */
const DRAIN_MS = 8_000;

/**
 * Stops taking connections and waits for the requests under way; idle kept-alive connections are closed at
 * once (a client reconnects, to another replica), the rest when their answer is out or after DRAIN_MS.
 */
function finishRequests(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

main().catch((err) => {
  log.fatal({ err }, 'failed to start');
  process.exit(1);
});
