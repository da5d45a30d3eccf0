import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up to package.json. Code runs both from server/src (tests) and
 * from dist/server/src (built), so a fixed number of `..` would be right in only one of them.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
