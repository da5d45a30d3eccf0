import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { whenReady } from '../../server/src/common/ready-signal';

const WORKER_JS = path.resolve(__dirname, '../../dist/server/src/worker.js');

/** The real worker entry point as its own OS process, so a test can kill it the way a crash would. */
export async function spawnWorker(env: Record<string, string>): Promise<ChildProcess> {
  if (!existsSync(WORKER_JS)) throw new Error(`${WORKER_JS} is missing: run \`npm run build:server\` first (npm test does).`);
  // The run's shared Temporal server gets no reconcile schedule from these workers unless a test asks for one.
  const child = spawn(process.execPath, [WORKER_JS], { env: { ...process.env, RECONCILE_CRON: 'off', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    void whenReady(child).then(resolve);
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}):\n${output}`)));
    setTimeout(() => reject(new Error(`worker did not start within 60 s:\n${output}`)), 60_000).unref();
  });
  child.removeAllListeners('exit');
  return child;
}

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
