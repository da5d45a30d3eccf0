import type { MikroORM } from '@mikro-orm/postgresql';
import { createWorker } from '../../server/src/worker-runtime';
import { testEnv } from './test-env';

/** A worker in this process that a test stops and starts again around its own Temporal server. */
export interface InProcessWorker {
  stop(): Promise<void>;
}

/** Starts a worker on the task queue against the Temporal server at `address`, with the test durations. */
export async function startInProcessWorker(orm: MikroORM, address: string, taskQueue: string): Promise<InProcessWorker> {
  const created = await createWorker(orm, {
    address,
    namespace: 'default',
    taskQueue,
    workflowBundle: { codePath: testEnv().workflowBundlePath },
    testSecondsDurations: true,
  });
  const running = created.worker.run();
  return {
    stop: async () => {
      created.worker.shutdown();
      await running;
      await created.connection.close();
    },
  };
}
