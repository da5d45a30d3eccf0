import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';

/** v1.5.1 is the newest Temporal CLI release whose go.mod lets `go install` build it. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return null;
}

export function cachedCliPath(dataDir: string): string {
  return path.resolve(dataDir, 'bin', 'temporal');
}

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the project's cache under
 * the data folder; builds it into that cache with Go when none is found. Nothing is downloaded as a binary.
 */
export async function locateTemporalCli(opts: {
  explicitPath?: string;
  dataDir: string;
  log: (line: string) => void;
}): Promise<string> {
  if (opts.explicitPath) {
    if (isExecutable(opts.explicitPath)) return opts.explicitPath;
    throw new Error(`TEMPORAL_CLI_PATH=${opts.explicitPath} is not an executable file.`);
  }
  const fromPath = onPath('temporal');
  if (fromPath) return fromPath;
  const cached = cachedCliPath(opts.dataDir);
  if (isExecutable(cached)) return cached;
  await buildTemporalCli(path.dirname(cached), opts.log);
  if (!isExecutable(cached)) throw new Error(`Building the Temporal CLI finished but ${cached} is missing.`);
  return cached;
}

function goBinary(): string | null {
  const found = onPath('go');
  if (found) return found;
  return isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : null;
}

async function buildTemporalCli(binDir: string, log: (line: string) => void): Promise<void> {
  const go = goBinary();
  if (!go || spawnSync(go, ['version']).status !== 0) {
    throw new Error(
      'The Temporal CLI was not found and cannot be built: Go is not installed.\n' +
        'Install Go (1.23 or newer) and run `npm start` again, or install the Temporal CLI yourself and set ' +
        'TEMPORAL_CLI_PATH to it, or set TEMPORAL_ADDRESS to a running Temporal server.',
    );
  }
  mkdirSync(binDir, { recursive: true });
  log(`Building the Temporal CLI (first run only; a few minutes): go install ${TEMPORAL_CLI_MODULE}`);
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(go, ['install', TEMPORAL_CLI_MODULE], {
      env: { ...process.env, GOBIN: binDir, CGO_ENABLED: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let modules = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('go: downloading')) {
          modules += 1;
          if (modules % 25 === 0) log(`  … ${modules} modules fetched (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const ticker = setInterval(() => log(`  … still building (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.on('error', (err) => {
      clearInterval(ticker);
      reject(err);
    });
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`go install ${TEMPORAL_CLI_MODULE} failed (exit ${code}):\n${tail}`));
    });
  });
  log(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s.`);
}
