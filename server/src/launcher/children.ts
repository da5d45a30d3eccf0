import { spawn, type ChildProcess } from 'node:child_process';
import { whenReady } from '../common/ready-signal';

export interface ChildHandle {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one of LabelCycle's node processes (api or worker) with its output passed through; `ready` resolves
 * when it signals so over IPC. An exit nobody asked for calls `onCrash` with the process's name.
 */
export function spawnNodeChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  onCrash: (name: string, code: number | string | null) => void,
): ChildHandle & { ready: Promise<void> } {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = whenReady(child);
  child.once('exit', (code, signal) => {
    if (signal === 'SIGTERM' || signal === 'SIGINT') return;
    onCrash(name, code ?? signal);
  });
  return { child, ready, stop: () => stopChild(child) };
}

/**
 * Sends `signal` (SIGTERM by default; then SIGKILL after `graceMs`, since a draining worker may take a while)
 * without reporting the exit as a crash; resolves once the child has exited.
 */
export function stopChild(child: ChildProcess, graceMs = 15_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill(signal);
    if (signal !== 'SIGKILL') setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
  });
}
