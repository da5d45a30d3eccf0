import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { projectRoot } from '../common/project-root';
import { type TemporalDatabases } from './temporal-schema';
import { type TemporalServerTools } from './temporal-server-install';
import { waitForPort } from './temporal-dev-server';
import { stopChild, type ChildHandle } from './children';

/** The repository's template and dynamic settings. */
const DEPLOY_DIR = path.join(projectRoot(), 'deploy', 'temporal');
const ENVIRONMENT = 'cluster';
/** How long a finished workflow's history stays readable in the cluster's namespace. */
const RETENTION_DAYS = 30;

/** Every port the four services and their metrics take, each given by the caller (a test takes free ones). */
export interface TemporalClusterPorts {
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  frontendMembership: number;
  historyMembership: number;
  matchingMembership: number;
  workerMembership: number;
  metrics: number;
}

/**
 * Temporal keeps membership ports in a smallint column: every port here must be below 32768, which rules out
 * the ephemeral ports an OS hands out for port 0.
 */
export const HIGHEST_CLUSTER_PORT = 32_767;

/** The conventional ports (Temporal's own defaults), for `npm run cluster`. */
export const DEFAULT_CLUSTER_PORTS: TemporalClusterPorts = {
  frontend: 7233,
  frontendHttp: 7243,
  history: 7234,
  matching: 7235,
  worker: 7239,
  frontendMembership: 6933,
  historyMembership: 6934,
  matchingMembership: 6935,
  workerMembership: 6939,
  metrics: 8000,
};

/** Fills the template's ${NAME}s; a name the template uses but the values lack is an error, not an empty string. */
export function renderTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`The Temporal config template uses \${${name}}, which the launcher does not set.`);
    return String(values[name]);
  });
}

/** Writes `<dir>/cluster.yaml` (readable by its owner only: it holds the database password). */
export function writeClusterConfig(opts: { dir: string; databaseUrl: string; names: TemporalDatabases; ports: TemporalClusterPorts; logLevel: string }): string {
  const url = new URL(opts.databaseUrl);
  mkdirSync(opts.dir, { recursive: true });
  const file = path.join(opts.dir, `${ENVIRONMENT}.yaml`);
  const p = opts.ports;
  const yaml = renderTemplate(readFileSync(path.join(DEPLOY_DIR, 'config.template.yaml'), 'utf8'), {
    LOG_LEVEL: opts.logLevel,
    DB_NAME: opts.names.main,
    VISIBILITY_DB_NAME: opts.names.visibility,
    DB_ADDRESS: `${url.hostname}:${url.port || 5432}`,
    DB_USER: JSON.stringify(decodeURIComponent(url.username || 'postgres')),
    DB_PASSWORD: JSON.stringify(decodeURIComponent(url.password)),
    FRONTEND_PORT: p.frontend,
    FRONTEND_HTTP_PORT: p.frontendHttp,
    HISTORY_PORT: p.history,
    MATCHING_PORT: p.matching,
    WORKER_PORT: p.worker,
    FRONTEND_MEMBERSHIP_PORT: p.frontendMembership,
    HISTORY_MEMBERSHIP_PORT: p.historyMembership,
    MATCHING_MEMBERSHIP_PORT: p.matchingMembership,
    WORKER_MEMBERSHIP_PORT: p.workerMembership,
    METRICS_PORT: p.metrics,
    DYNAMIC_CONFIG_FILE: JSON.stringify(path.join(DEPLOY_DIR, 'dynamicconfig.yaml')),
  });
  writeFileSync(file, yaml, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

export interface TemporalCluster extends ChildHandle {
  address: string;
}

/**
 * Starts the server's four services in one process from the written config, waits for the frontend, and
 * registers the namespace (already registered is fine). Its output goes to `<logDir>/temporal-server.log`.
 */
export async function startTemporalCluster(opts: {
  tools: TemporalServerTools;
  configDir: string;
  ports: TemporalClusterPorts;
  namespace: string;
  log: (line: string) => void;
  output: NodeJS.WritableStream;
}): Promise<TemporalCluster> {
  const child = spawn(opts.tools.server, // The server reads --config relative to --root.
  ['--root', path.dirname(opts.configDir), '--config', path.basename(opts.configDir), '--env', ENVIRONMENT, '--allow-no-auth', 'start'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(opts.output, { end: false });
  child.stderr.pipe(opts.output, { end: false });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`The Temporal server exited (${code ?? signal}) while starting; see its log.`))),
  );
  exited.catch(() => undefined);
  await Promise.race([waitForPort(opts.ports.frontend, 120_000), exited]);
  const address = `127.0.0.1:${opts.ports.frontend}`;
  await Promise.race([registerNamespace(address, opts.namespace), exited]);
  opts.log(`Temporal server (cluster) on ${address}, namespace ${opts.namespace}`);
  return { address, child, stop: () => stopChild(child) };
}

/** Registers the namespace and waits until the frontend answers for it (the services settle for a few seconds). */
async function registerNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${RETENTION_DAYS} days`) });
      } catch (err) {
        if (!/already exists|AlreadyExists/i.test((err as Error).message) && Date.now() > deadline) throw err;
      }
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  } finally {
    await connection.close();
  }
}
