import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Where a running `npm run cluster` writes its process id, for `npm run cluster:stop` to find it. */
export function clusterPidFile(dataDir: string): string {
  const dir = path.join(dataDir, 'cluster');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, 'cluster.pid');
}
