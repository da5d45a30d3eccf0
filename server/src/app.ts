import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { componentLogger } from './common/logger';
import { projectRoot } from './common/project-root';
import type { Config } from './config';
import { buildGraphqlSchema } from './graphql/build-schema';
import type { Context } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { createLoaders } from './graphql/loaders';
import { operationLimitsPlugin } from './graphql/operation-limits';
import { readCookie, SESSION_COOKIE } from './modules/auth/session-token';
import { evidenceRoutes } from './modules/evidence/http/evidence.routes';
import { queryRows, sql } from './common/sql-fragment';
import { localeOf } from './modules/cycle/process-texts';
import type { Services } from './services';

// CLIENT_DIST points the api at another build of the client (a deployment's own, or a second checkout's).
export const CLIENT_DIST = process.env.CLIENT_DIST ? path.resolve(process.env.CLIENT_DIST) : path.join(projectRoot(), 'client/dist');

const log = componentLogger('api');

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
  listen(port: number, host: string): Promise<Server>;
}

/** The api process: GraphQL at /graphql, a health check, and the built client at /. */
export async function createApi(config: Config, orm: MikroORM, services: Services): Promise<Api> {
  const production = config.NODE_ENV === 'production';
  const apollo = new ApolloServer<Context>({
    schema: buildGraphqlSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention stays on (the default): a simple cross-site form post cannot run a mutation.
    csrfPrevention: true,
    formatError: createFormatError((err) => log.error({ err }, 'unexpected error'), !production),
    plugins: [
      operationLimitsPlugin<Context>(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COST),
      // Responses are per user and never cached by HTTP caches; the cache-control plugin would wrap every
      // field resolver only to compute a header nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.get('/healthz', async (_req, res) => {
    try {
      await queryRows(orm.em.fork(), sql`select 1`);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    // A framework import carries its file (up to 2,000,000 characters) as one string, JSON-escaped and UTF-8 encoded.
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork();
        const sessionToken = readCookie(req.headers.cookie, SESSION_COOKIE);
        const user = await services.auth.userForToken(em, sessionToken);
        return { em, user, sessionToken, address: req.ip ?? 'unknown', locale: localeOf(req), req, res, services, loaders: createLoaders(em) };
      },
    }),
  );

  // Evidence files go up and down over plain HTTP beside /graphql (streamed, never held in memory).
  app.use(evidenceRoutes(orm, services));

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // Client-side routes all load the same page.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }

  return {
    app,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
      }),
  };
}
