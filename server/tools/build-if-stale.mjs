// Runs `npm run build` unless the built server and client were made from exactly the files there are now, so a
// second `npm start` on an unchanged checkout skips the half minute of compiling. The inputs are hashed by
// content (not by time: a fresh clone or a checkout of an older commit changes times, not what was built).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
/** Everything `npm run build` reads, besides node_modules (package-lock.json stands for those). */
const INPUTS = ['server/src', 'workflows/src', 'client', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** Outputs inside the inputs, which must not count as inputs. */
const SKIPPED = new Set([path.join(root, 'client', 'dist')]);
const STAMP = path.join(root, 'dist', '.build-inputs');
const OUTPUTS = [path.join(root, 'dist', 'server', 'src', 'start.js'), path.join(root, 'client', 'dist', 'index.html')];

function* files(at) {
  if (SKIPPED.has(at) || !existsSync(at)) return;
  if (!statSync(at).isDirectory()) return yield at;
  for (const name of readdirSync(at).sort()) yield* files(path.join(at, name));
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const before = inputsHash();
const built = OUTPUTS.every((f) => existsSync(f)) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === before;
if (built) {
  console.log('build: up to date, skipped');
} else {
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // Stamped with the inputs as they were when the build began: a file saved meanwhile makes the next start build again.
  writeFileSync(STAMP, before);
}
