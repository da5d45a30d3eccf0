import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { goBinary, goInstall, isExecutable, onPath, requireGo } from './go-install';

/**
 * The Temporal server the cluster runs. v1.30.4 is the newest release that builds with Go 1.26.8; newer ones
 * ask for a newer Go. docker-compose.yml runs the same version (a test keeps the two in step).
 */
export const TEMPORAL_SERVER_VERSION = '1.30.4';
const MODULE = 'go.temporal.io/server';
const PACKAGES = [`${MODULE}/cmd/server@v${TEMPORAL_SERVER_VERSION}`, `${MODULE}/cmd/tools/sql@v${TEMPORAL_SERVER_VERSION}`];

export interface TemporalServerTools {
  /** The server binary (`temporal-server` in Temporal's own images). */
  server: string;
  /** The schema tool (`temporal-sql-tool`): creates the databases and applies the versioned schema. */
  sqlTool: string;
  /** The module's folder, which holds `schema/postgresql/v12/{temporal,visibility}/versioned`. */
  moduleDir: string;
}

/** The project's cache of both binaries; the version is part of the folder, so an upgrade builds afresh. */
export function cachedServerDir(dataDir: string): string {
  return path.resolve(dataDir, 'bin', `temporal-server-v${TEMPORAL_SERVER_VERSION}`);
}

/**
 * Finds the server and its schema tool the way the CLI is found: TEMPORAL_SERVER_PATH and
 * TEMPORAL_SQL_TOOL_PATH, then `temporal-server` and `temporal-sql-tool` on PATH, then the cache under the
 * data folder, built there with Go when missing. The schema files come from the module itself
 * (TEMPORAL_SCHEMA_DIR, else Go's module cache), so they always match the binaries' version.
 */
export async function locateTemporalServer(opts: { dataDir: string; log: (line: string) => void }): Promise<TemporalServerTools> {
  const explicit = explicitTools();
  const found = explicit ?? fromPath() ?? cached(opts.dataDir);
  if (found) return { ...found, moduleDir: await moduleDir() };
  const go = requireGo('The Temporal server', 'set TEMPORAL_SERVER_PATH, TEMPORAL_SQL_TOOL_PATH and TEMPORAL_SCHEMA_DIR');
  await goInstall({ go, packages: PACKAGES, binDir: cachedServerDir(opts.dataDir), label: `the Temporal server v${TEMPORAL_SERVER_VERSION}`, log: opts.log });
  const built = cached(opts.dataDir);
  if (!built) throw new Error(`Building the Temporal server finished but ${cachedServerDir(opts.dataDir)} lacks server or sql.`);
  return { ...built, moduleDir: await moduleDir() };
}

function explicitTools(): { server: string; sqlTool: string } | null {
  const { TEMPORAL_SERVER_PATH: server, TEMPORAL_SQL_TOOL_PATH: sqlTool } = process.env;
  if (!server && !sqlTool) return null;
  for (const [name, file] of [['TEMPORAL_SERVER_PATH', server], ['TEMPORAL_SQL_TOOL_PATH', sqlTool]] as const) {
    if (!file) throw new Error(`${name} must be set together with ${name === 'TEMPORAL_SERVER_PATH' ? 'TEMPORAL_SQL_TOOL_PATH' : 'TEMPORAL_SERVER_PATH'}.`);
    if (!isExecutable(file)) throw new Error(`${name}=${file} is not an executable file.`);
  }
  return { server: server!, sqlTool: sqlTool! };
}

function fromPath(): { server: string; sqlTool: string } | null {
  const server = onPath('temporal-server');
  const sqlTool = onPath('temporal-sql-tool');
  return server && sqlTool ? { server, sqlTool } : null;
}

function cached(dataDir: string): { server: string; sqlTool: string } | null {
  const dir = cachedServerDir(dataDir);
  const server = path.join(dir, 'server');
  const sqlTool = path.join(dir, 'sql');
  return isExecutable(server) && isExecutable(sqlTool) ? { server, sqlTool } : null;
}

async function moduleDir(): Promise<string> {
  const explicit = process.env.TEMPORAL_SCHEMA_DIR;
  if (explicit) {
    if (!existsSync(path.join(explicit, 'schema', 'postgresql'))) throw new Error(`TEMPORAL_SCHEMA_DIR=${explicit} holds no schema/postgresql folder.`);
    return explicit;
  }
  const go = goBinary();
  if (!go) throw new Error('The Temporal schema files come from the server module: install Go, or set TEMPORAL_SCHEMA_DIR to the module folder.');
  // Outside any Go module, `go mod download` of an exact version fetches it into the module cache (or finds
  // it there) and reports its folder; it builds nothing.
  const { stdout } = await promisify(execFile)(go, ['mod', 'download', '-json', `${MODULE}@v${TEMPORAL_SERVER_VERSION}`], { cwd: path.parse(process.cwd()).root });
  const dir = (JSON.parse(stdout) as { Dir?: string }).Dir;
  if (!dir || !existsSync(dir)) throw new Error(`go mod download ${MODULE}@v${TEMPORAL_SERVER_VERSION} reported no module folder.`);
  return dir;
}
