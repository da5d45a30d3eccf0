import 'reflect-metadata';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';
import { migrationConfig } from './migration-config';

/**
 * One config for the api, the worker, the migration CLI and the tests. Migrations are committed as
 * TypeScript and compiled with the server; schema auto-sync is never used.
 */
export function ormConfig(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    ...migrationConfig(databaseUrl),
    entities: ENTITIES,
    // Field resolvers ask for references one by one; the dataloader turns that into one query per batch.
    dataloader: true,
    discovery: { warnWhenNoEntities: true },
    ...overrides,
  });
}

