import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The go command, on PATH or where Go's own installer puts it (often left off PATH). */
export function goBinary(): string | null {
  const found = onPath('go');
  if (found) return found;
  return isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null;
}

/** The go command, or an error that says what to install and what the alternative is. */
export function requireGo(what: string, alternative: string): string {
  const go = goBinary();
  if (!go || spawnSync(go, ['version']).status !== 0) {
    throw new Error(`${what} was not found and cannot be built: Go is not installed.\nInstall Go (1.23 or newer), or ${alternative}.`);
  }
  return go;
}

/**
 * `go install <packages>` into binDir, with a progress line every 30 s and every 25 modules fetched: a first
 * build takes minutes and should not look stuck. Packages must share one module version (a go rule).
 */
export async function goInstall(opts: { go: string; packages: string[]; binDir: string; label: string; log: (line: string) => void }): Promise<void> {
  mkdirSync(opts.binDir, { recursive: true });
  const command = `go install ${opts.packages.join(' ')}`;
  opts.log(`Building ${opts.label} (first run only; a few minutes): ${command}`);
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(opts.go, ['install', ...opts.packages], {
      env: { ...process.env, GOBIN: opts.binDir, CGO_ENABLED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let modules = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      for (const line of chunk.toString().split('\n')) {
        if (!line.startsWith('go: downloading')) continue;
        modules += 1;
        if (modules % 25 === 0) opts.log(`  … ${modules} modules fetched (${seconds()} s)`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const ticker = setInterval(() => opts.log(`  … still building (${seconds()} s)`), 30_000);
    child.on('error', (err) => {
      clearInterval(ticker);
      reject(err);
    });
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`${command} failed (exit ${code}):\n${tail}`));
    });
  });
  opts.log(`${opts.label} built in ${seconds()} s.`);
}
