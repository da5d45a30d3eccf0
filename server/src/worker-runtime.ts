import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from '@temporalio/client';
import { NativeConnection, Runtime, Worker, type WorkerOptions } from '@temporalio/worker';
import { createReconcileActivity } from './modules/cycle-repair/reconcile.activity';
import { createCycleActivities } from './temporal/cycle-activities';
import { createNotifyActivity } from './modules/notification/notify.activity';
import { createLearningYearActivities } from './modules/learning/learning-year.activities';
import { createPeerGroupActivities } from './modules/peer-review/peer-group.activity';
import { createRespondentMailActivities } from './modules/respondent/respondent-mail.activities';
import { componentLogger } from './common/logger';
import type { Mailer } from './modules/notification/mailer';
import { activityLogFields } from './temporal/activity-log-fields';
import { activityTracing, WORKFLOW_TRACING_MODULE, workflowSinks } from './tracing/temporal-tracing';
import type { Tracing } from './tracing/tracing';
import { temporalLevel, temporalLogger } from './temporal/sdk-logger';

export interface WorkerSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Prebundled workflow code (tests bundle once per run); otherwise the worker bundles workflows/ itself. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Mails notifications too when given; without it they stay in-app only. */
  mailer?: Mailer | null;
  /** TEST_SECONDS_DURATIONS (tests only; see durationsFrom). */
  testSecondsDurations?: boolean;
  /**
   * Where the SDK's native core serves its own Prometheus metrics (`host:port`, loopback); the worker's
   * /metrics passes them on. Set by the first worker of a process only: the runtime is made once.
   */
  coreMetricsAddress?: string;
  /**
   * Traces workflows and activities (tracing/tracing.ts). A prebundled `workflowBundle` must then have been
   * bundled with WORKFLOW_TRACING_MODULE among its interceptor modules; workflows bundled here get it.
   */
  tracing?: Tracing | null;
}

let runtimeInstalled = false;

/**
 * The SDK logs through pino at LOG_LEVEL (at `info` that adds its worker state changes). The native core's
 * lines are forwarded too, so nothing reaches the terminal in another format; other native crates stay at
 * the SDK's default, ERROR, as their lower levels are about connections, not about LabelCycle.
 */
function installRuntime(coreMetricsAddress: string | undefined): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const log = componentLogger('temporal');
  try {
    Runtime.install({
      logger: temporalLogger(log),
      telemetryOptions: {
        logging: { forward: {}, filter: { core: temporalLevel(log.level), other: 'ERROR' } },
        // Durations in seconds and named so, as Prometheus does and the api's own; counters keep the SDK's
        // names (some already end in _total, and the suffix option would double it).
        ...(coreMetricsAddress
          ? { metrics: { prometheus: { bindAddress: coreMetricsAddress, useSecondsForDurations: true, unitSuffix: true } } }
          : {}),
      },
    });
  } catch {
    // Already installed in this process (a test started a worker before); keep that one.
  }
}

/** A Temporal worker running the cycle and learning-year workflows with the database activities, and the scheduled reconcile. */
export async function createWorker(orm: MikroORM, settings: WorkerSettings): Promise<{ worker: Worker; connection: NativeConnection }> {
  installRuntime(settings.coreMetricsAddress);
  const tracing = settings.tracing ?? null;
  const connection = await NativeConnection.connect({ address: settings.address });
  const notifyActivity = createNotifyActivity(orm, settings.mailer ?? null);
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    interceptors: {
      activity: [activityLogFields, ...(tracing ? [activityTracing] : [])],
      workflowModules: tracing ? [WORKFLOW_TRACING_MODULE] : [],
    },
    ...(tracing ? { sinks: workflowSinks(tracing) } : {}),
    activities: {
      ...createCycleActivities(orm, settings.testSecondsDurations ?? false),
      ...notifyActivity,
      // The peer group's workflow notifies its members through their cycles, with the same notify.
      ...createPeerGroupActivities(orm, notifyActivity.notify),
      ...createRespondentMailActivities(orm, settings.mailer ?? null),
      ...createLearningYearActivities(orm, settings.mailer ?? null),
      // The scheduled reconcile queries the cycle workflows through the worker's own connection.
      ...createReconcileActivity(orm, new Client({ connection, namespace: settings.namespace })),
    },
    ...(settings.workflowBundle
      ? { workflowBundle: settings.workflowBundle }
      : { workflowsPath: require.resolve('../../workflows/src/index') }),
  });
  return { worker, connection };
}
