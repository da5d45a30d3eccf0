import type { MikroORM } from '@mikro-orm/postgresql';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel, type WorkerOptions } from '@temporalio/worker';
import { createCycleActivities } from './activities/cycle.activities';
import { createNotifyActivity } from './activities/notify.activity';
import type { Mailer } from './modules/notification/mailer';

export interface WorkerSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Prebundled workflow code (tests bundle once per run); otherwise the worker bundles workflows/ itself. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  logLevel?: LogLevel;
  /** Mails notifications too when given; without it they stay in-app only. */
  mailer?: Mailer | null;
}

let runtimeInstalled = false;

/** The SDK logs every state change at INFO; keep the worker's output to what an operator should read. */
function installRuntime(level: LogLevel): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger(level) });
  } catch {
    // Already installed in this process (a test started a worker before); keep that one.
  }
}

/** A Temporal worker running the cycle workflow with the database activities. */
export async function createWorker(orm: MikroORM, settings: WorkerSettings): Promise<{ worker: Worker; connection: NativeConnection }> {
  installRuntime(settings.logLevel ?? 'WARN');
  const connection = await NativeConnection.connect({ address: settings.address });
  const worker = await Worker.create({
    connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    activities: { ...createCycleActivities(orm), ...createNotifyActivity(orm, settings.mailer ?? null) },
    ...(settings.workflowBundle
      ? { workflowBundle: settings.workflowBundle }
      : { workflowsPath: require.resolve('../../workflows/src/index') }),
  });
  return { worker, connection };
}
