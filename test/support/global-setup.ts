import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_DATABASE_URL } from '../../server/src/config';
import { ensureDatabase } from '../../server/src/db/postgres-admin';
import { locateTemporalCli } from '../../server/src/launcher/temporal-cli';
import { freePort, startTemporalDevServer } from '../../server/src/launcher/temporal-dev-server';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Once per run: a throwaway database (dropped in teardown), a Temporal dev server on free ports, and the
 * workflow code bundled once for every worker the tests start.
 */
export default async function globalSetup(): Promise<void> {
  const log = (line: string) => process.stdout.write(`[test setup] ${line}\n`);
  // The servers the tests start log only errors unless asked for more: the test output stays readable.
  process.env.LOG_LEVEL ??= 'error';
  // The apis and workers the tests start as processes serve /metrics on any free port, never on the fixed
  // defaults another run on this machine may hold.
  process.env.METRICS_PORT ??= '0';
  process.env.WORKER_METRICS_PORT ??= '0';
  const base = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  base.pathname = `/labelcycle_test_${process.pid}_${Date.now()}`;
  const databaseUrl = base.toString();
  await ensureDatabase(databaseUrl);
  // Migrations run in the test files (startStack): MikroORM initialised here, outside jest's sandbox, leaves
  // global state that breaks entity discovery inside it (Map from another realm).

  const dataDir = path.join(ROOT, '.data');
  const cliPath = await locateTemporalCli({ explicitPath: process.env.TEMPORAL_CLI_PATH, dataDir, log });
  const temporal = await startTemporalDevServer({ cliPath, port: await freePort(), uiPort: null });

  const { code } = await bundleWorkflowCode({
    workflowsPath: path.join(ROOT, 'workflows/src/index.ts'),
    logger: { info: () => undefined, warn: log, error: log, debug: () => undefined, trace: () => undefined, log: () => undefined },
  });
  const bundleDir = path.join(dataDir, 'test');
  mkdirSync(bundleDir, { recursive: true });
  const bundlePath = path.join(bundleDir, `workflow-bundle-${process.pid}.js`);
  writeFileSync(bundlePath, code);

  process.env.LC_TEST_DATABASE_URL = databaseUrl;
  process.env.LC_TEST_TEMPORAL_ADDRESS = temporal.address;
  process.env.LC_TEST_WORKFLOW_BUNDLE = bundlePath;
  process.env.LC_TEST_TEMPORAL_CLI = cliPath;
  (globalThis as Record<string, unknown>).__lcTeardown = { temporal, databaseUrl, bundlePath };
}
