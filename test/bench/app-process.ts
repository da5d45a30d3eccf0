import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * over IPC. Its log lines go to a file, as to a log collector: read through a pipe, they would cost the
 * bench process, which also sends the load, CPU for every request the api answers. Errors are passed
 * through as they come, and the end of both explains a failure.
 */
export function spawnAppProcess(name: 'api' | 'worker', env: NodeJS.ProcessEnv, timeoutMs = 90_000): AppProcess {
  const script = path.join(projectRoot(__dirname), 'dist/server/src', `${name}.js`);
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  const logFile = path.join(tmpdir(), `labelcycle-bench-${name}-${process.pid}.log`);
  const logFd = openSync(logFile, 'w+');
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', logFd, 'pipe', 'ipc'] });
  closeSync(logFd);
  if (child.pid === undefined) throw new Error(`Could not start ${name} (${script})`);
  let errors = '';
  let stopping = false;
  child.stderr!.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
    process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  });
  const output = () => `${tail(logFile, 4000)}${errors}`;
  onTeardown(`stop ${name}`, async () => {
    stopping = true;
    await stopProcess(child);
    rmSync(logFile, { force: true });
  });

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${output()}`)), timeoutMs);
    void whenReady(child).then(() => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output()}`));
    });
  });
  const app: AppProcess = { name, child, pid: child.pid, crashed: null, ready };
  child.once('exit', (code, signal) => {
    if (!stopping) app.crashed = `${name} exited (${code ?? signal}) during the run:\n${output()}`;
  });
  return app;
}

/** The last `bytes` of a file, or nothing if it is gone. */
function tail(file: string, bytes: number): string {
  try {
    const size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(bytes, size));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
