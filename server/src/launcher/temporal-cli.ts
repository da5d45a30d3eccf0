import path from 'node:path';
import { goInstall, isExecutable, onPath, requireGo } from './go-install';

/** v1.5.1 is the newest Temporal CLI release whose go.mod lets `go install` build it. */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

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

async function buildTemporalCli(binDir: string, log: (line: string) => void): Promise<void> {
  const go = requireGo(
    'The Temporal CLI',
    'install the Temporal CLI yourself and set TEMPORAL_CLI_PATH to it, or set TEMPORAL_ADDRESS to a running Temporal server',
  );
  await goInstall({ go, packages: [TEMPORAL_CLI_MODULE], binDir, label: 'the Temporal CLI', log });
}
