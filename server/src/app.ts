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
import { compiledExecution } from './graphql/compiled-execution';
import type { Context } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { operationLimits } from './graphql/operation-limits';
import { operationLogFields } from './graphql/operation-log-fields';
import { createApiMetrics, type ApiMetrics } from './metrics/api-metrics';
import { graphqlMetrics } from './metrics/graphql-metrics.plugin';
import { httpMetrics } from './metrics/http-metrics';
import { graphqlSpans } from './tracing/graphql-spans.plugin';
import { httpSpans } from './tracing/http-spans';
import { RequestContext } from './graphql/request-context';
import { graphqlBodyErrors, sendGraphqlRefusal } from './http/graphql-refusal';
import { clientRateLimit } from './http/rate-limit';
import { requestLog } from './http/request-log';
import { requestSession, sessionOf } from './http/request-session';
import { calendarRoutes } from './modules/calendar/http/calendar.routes';
import { certificatePdfRoutes } from './modules/register/http/certificate-pdf.routes';
import { registerOpenDataRoutes } from './modules/register/http/register-open-data.routes';
import { DOSSIER_PATH, dossierRoutes } from './modules/report-documents/http/dossier.routes';
import { CYCLE_DOCUMENT_PATHS, reportDocumentRoutes } from './modules/report-documents/http/report-documents.routes';
import { securityHeaders } from './http/security-headers';
import { DomainError } from './common/errors';
import { evidenceRoutes } from './modules/evidence/http/evidence.routes';
import { continueUnlessEvidenceUpload } from './modules/evidence/http/expect-continue';
import { BRIEF_LINGER, drainAndClose, sendDomainError } from './modules/evidence/http/http-answers';
import { postgresAnswers, readiness } from './http/readiness';
import type { Services } from './services';

// CLIENT_DIST points the api at another build of the client (a deployment's own, or a second checkout's).
export const CLIENT_DIST = process.env.CLIENT_DIST ? path.resolve(process.env.CLIENT_DIST) : path.join(projectRoot(), 'client/dist');

const log = componentLogger('api');

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
  /** What this api measures; served on its own port (api.ts), not on the public one. */
  metrics: ApiMetrics;
  listen(port: number, host: string): Promise<Server>;
  /** From now on `/readyz` says no: the process is stopping and finishes only what is under way. */
  drain(): void;
}

/** The api process: GraphQL at /graphql, a health check, and the built client at /. */
export async function createApi(config: Config, orm: MikroORM, services: Services): Promise<Api> {
  const production = config.NODE_ENV === 'production';
  const metrics = createApiMetrics(orm);
  const tracing = config.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined;
  const limits = operationLimits<Context>({
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
  });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(buildGraphqlSchema(), config.GRAPHQL_COMPILE_AFTER, metrics),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention stays on (the default): a simple cross-site form post cannot run a mutation.
    csrfPrevention: true,
    formatError: createFormatError(
      { unexpected: (err) => log.error({ err }, 'unexpected error'), refusedFor: (err) => log.warn({ err }, 'refused: a service it needs failed') },
      !production,
    ),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      operationLogFields(),
      graphqlMetrics(metrics),
      ...(tracing ? [graphqlSpans<Context>()] : []),
      ...limits.plugins,
      // Responses are per user and never cached by HTTP caches; the cache-control plugin would wrap every
      // field resolver only to compute a header nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every JSON answer for an ETag; GraphQL answers are per-user POSTs no cache revalidates.
  // Static files and evidence downloads set their own.
  app.set('etag', false);
  // Express words its own error pages by this (a stack trace outside production); it follows the config, not the shell.
  app.set('env', config.NODE_ENV);
  app.set('trust proxy', config.TRUST_PROXY);
  // The request's span first, so that its log lines and everything after run within it.
  if (tracing) app.use(httpSpans());
  app.use(requestLog());
  app.use(httpMetrics(metrics));
  app.use(securityHeaders(config));
  app.get('/healthz', async (_req, res) => {
    try {
      await postgresAnswers(orm);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  const ready = readiness(orm, services);
  app.get('/readyz', ready.handler);
  // The session is looked up once, before the rate limit that keys on it; both run before a body is read.
  const session = requestSession(orm, services);
  app.use(
    '/graphql',
    session,
    // The wait travels as retryAfterSeconds too, as on a refused login, so a client can say how long.
    clientRateLimit(config, (_req, res, message, retryAfterSeconds) => sendGraphqlRefusal(res, 429, 'RATE_LIMITED', message, { retryAfterSeconds })),
    // A framework import carries its file (up to 2,000,000 characters) as one string, JSON-escaped and UTF-8 encoded.
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const { em, sessionToken, user } = sessionOf(res);
        return new RequestContext(em, await user, sessionToken, req.ip ?? 'unknown', req, res, services);
      },
    }),
    graphqlBodyErrors,
  );

  // Evidence files go up and down over plain HTTP beside /graphql (streamed, never held in memory).
  app.use(
    '/evidence',
    session,
    clientRateLimit(config, (req, res, message) => {
      sendDomainError(res, new DomainError('RATE_LIMITED', message));
      drainAndClose(req, BRIEF_LINGER);
    }),
  );
  app.use(evidenceRoutes(services, metrics));

  // The register as open data and certificate documents, anonymous like the register page and limited like it.
  const openData = ['/register.csv', '/register.json', '/certificates'];
  app.use(openData, session, clientRateLimit(config, (_req, res, message) => sendDomainError(res, new DomainError('RATE_LIMITED', message))));
  app.use(registerOpenDataRoutes(services));
  app.use(certificatePdfRoutes(services));

  // Documents made from a cycle (audit report, self-evaluation, the whole dossier), for the signed-in readers of that part of it.
  app.use([...CYCLE_DOCUMENT_PATHS, DOSSIER_PATH], session, clientRateLimit(config, (_req, res, message) => sendDomainError(res, new DomainError('RATE_LIMITED', message))));
  app.use(reportDocumentRoutes(services));
  app.use(dossierRoutes(services));

  // Calendar programs fetch feeds without a session; the secret in the address is the key.
  app.use('/calendar', session, clientRateLimit(config, (_req, res, message) => void res.status(429).type('text/plain').send(message)));
  app.use(calendarRoutes(services));

  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // Client-side routes all load the same page.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }

  return {
    app,
    apollo,
    metrics,
    drain: ready.drain,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
        server.on('checkContinue', continueUnlessEvidenceUpload(app));
        // Browsers, proxies and scripts reuse idle connections. A server that closes an idle one first races a
        // request the client is already sending on it, which the client sees as a reset connection: so the
        // server waits longer than the usual client and proxy idle times (up to a minute) before it closes.
        server.keepAliveTimeout = 65_000;
        server.headersTimeout = 66_000;
      }),
  };
}
