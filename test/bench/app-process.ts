import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/src/common/project-root';
import { whenReady } from '../../server/src/common/ready-signal';
import { onTeardown } from './teardown';

export interface AppProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  /** Set when the process ended while the bench still needed it. */
  crashed: string | null;
  /** Resolves once the process signalled it is ready. */
  ready: Promise<void>;
}

/**
 * Runs a built entry point (dist/server/src/<name>.js) as its own process, as in production, so its memory
 * is its own and can be read from /proc from the moment it starts. `ready` resolves once it signals so
 * over IPC; its output is kept (the last few kilobytes) to explain a failure, and errors are passed
 * through as they come.
 */
export function spawnAppProcess(name: 'api' | 'worker', env: NodeJS.ProcessEnv, timeoutMs = 90_000): AppProcess {
  const script = path.join(projectRoot(__dirname), 'dist/server/src', `${name}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  if (child.pid === undefined) throw new Error(`Could not start ${name} (${script})`);
  let output = '';
  let stopping = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  });
  onTeardown(`stop ${name}`, () => {
    stopping = true;
    return stopProcess(child);
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    void whenReady(child).then(() => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  const app: AppProcess = { name, child, pid: child.pid, crashed: null, ready };
  child.once('exit', (code, signal) => {
    if (!stopping) app.crashed = `${name} exited (${code ?? signal}) during the run:\n${output}`;
  });
  return app;
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
