import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { whenReady } from '../../server/src/common/ready-signal';
import { testEnv } from './test-env';

const DIST = path.resolve(__dirname, '../../dist/server/src');

/** A built entry point as its own OS process, and everything it has written so far. */
export interface EntryProcess {
  child: ChildProcess;
  output(): string;
}

/** The real entry point (api or worker) as its own OS process, once it has said it is ready. */
export async function spawnEntry(name: 'api' | 'worker', env: Record<string, string>): Promise<EntryProcess> {
  const script = path.join(DIST, `${name}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build:server\` first (npm test does).`);
  // The run's shared Temporal server gets no reconcile schedule from these workers unless a test asks for one.
  const quiet = name === 'worker' ? { RECONCILE_CRON: 'off' } : {};
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...quiet, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    void whenReady(child).then(resolve);
    child.once('exit', (code) => reject(new Error(`${name} exited early (${code}):\n${output}`)));
    setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000).unref();
  });
  child.removeAllListeners('exit');
  return { child, output: () => output };
}

/** The real worker entry point as its own OS process, so a test can kill it the way a crash would. */
export async function spawnWorker(env: Record<string, string>): Promise<ChildProcess> {
  return (await spawnEntry('worker', env)).child;
}

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * What an api or worker process needs to join a test stack: the run's database and Temporal server, the
 * stack's task queue, a folder for evidence, and logs at info, so a test can read its start-up lines.
 */
export function stackProcessEnv(taskQueue: string, evidenceDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const env = testEnv();
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    TEST_SECONDS_DURATIONS: 'true',
    EVIDENCE_DIR: evidenceDir,
    ...extra,
  };
}

/** The address a process announced at start-up (`listening on …`, `metrics on …`). */
export function announced(entry: EntryProcess, what: 'listening on' | 'metrics on'): string {
  const match = new RegExp(`${what} (http://[^"\\s;]+)`).exec(entry.output());
  if (!match) throw new Error(`"${what}" not in the output:\n${entry.output()}`);
  return match[1];
}

/** The resident set of a process, as the kernel counts it: what an api or worker holds in memory right now. */
export function rssOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
}
