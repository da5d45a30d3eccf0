import type { ChildProcess } from 'node:child_process';

const READY = 'labelcycle:ready';

/**
 * Tells the process that started this one (`npm start`, the tests, the bench) that it is ready, over the IPC
 * channel it opened. Not a line of output to watch for: LOG_LEVEL can silence it and its format depends on
 * NODE_ENV. Without a channel (docker, a terminal) it does nothing.
 */
export function signalReady(): void {
  if (!process.send || !process.connected) return;
  // The callback takes a send error (the parent already gone), which would otherwise be an 'error' event.
  process.send(READY, () => undefined);
  // The channel must not keep the process alive: the worker ends by itself once Worker.run() returns.
  process.channel?.unref();
}

/** Resolves once `child`, spawned with an 'ipc' entry in its stdio, calls signalReady(). */
export function whenReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== READY) return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
  });
}
