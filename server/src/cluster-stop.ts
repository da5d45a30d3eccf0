import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { clusterPidFile } from './launcher/cluster-pid';

/**
 * `npm run cluster:stop`: asks a running `npm run cluster` to stop (the same as Ctrl-C in its terminal) and
 * waits until it has stopped everything it started.
 */
async function main(): Promise<void> {
  const pidFile = clusterPidFile(path.resolve(loadConfig().DATA_DIR));
  if (!existsSync(pidFile)) {
    process.stdout.write('No cluster is running (no pid file).\n');
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!isAlive(pid)) {
    rmSync(pidFile, { force: true });
    process.stdout.write(`The cluster (pid ${pid}) had already stopped.\n`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.stderr.write(`The cluster (pid ${pid}) is still stopping after a minute.\n`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.stdout.write('The cluster has stopped.\n');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

void main();
