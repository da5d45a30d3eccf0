import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable LabelCycle reads, parsed once at start-up.
 * A bad value stops the process with a message naming the variable, rather than failing later.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().optional(),
  /** Which proxies may set X-Forwarded-For (Express "trust proxy"): the client address drives login limits. */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  DATABASE_URL: z.string().optional(),
  TEMPORAL_ADDRESS: z.string().optional(),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default('labelcycle-cycles'),
  TEMPORAL_CLI_PATH: z.string().optional(),
  TEMPORAL_UI_PORT: z.coerce.number().int().min(0).max(65535).default(8233),
  /**
   * When the worker's Temporal Schedule runs the reconcile (modules/cycle-repair): five cron fields in
   * RECONCILE_TIMEZONE, daily at 03:30 by default; `off` removes the schedule.
   */
  RECONCILE_CRON: z
    .string()
    .regex(/^(off|\S+( \S+){4})$/, 'five cron fields (minute hour day month weekday) or off')
    .default('30 3 * * *')
    .transform((v) => (v === 'off' ? null : v)),
  RECONCILE_TIMEZONE: z.string().min(1).default('Europe/Amsterdam'),
  /** `npm run cluster`: Temporal's two databases, made in LabelCycle's PostgreSQL, and how many replicas run. */
  TEMPORAL_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case PostgreSQL name').default('temporal'),
  TEMPORAL_VISIBILITY_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case PostgreSQL name').default('temporal_visibility'),
  CLUSTER_APIS: z.coerce.number().int().min(1).max(16).default(2),
  CLUSTER_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  DATA_DIR: z.string().default('.data'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /**
   * How long an api process reuses a session it looked up (modules/auth/session-cache.ts); 0 looks up every
   * request. Logout through this process ends the session at once; another replica, or a change made directly
   * in the database, takes effect within this time.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().nonnegative().max(60).default(5),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Failed logins within the window after which each further attempt waits a doubling delay (modules/auth/login-throttle.ts). */
  LOGIN_DELAY_AFTER_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(3),
  LOGIN_DELAY_AFTER_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(10),
  LOGIN_DELAY_BASE_SECONDS: z.coerce.number().positive().default(1),
  LOGIN_DELAY_MAX_SECONDS: z.coerce.number().positive().default(300),
  /** How long the cookie that marks a browser as one the account signed in from stays valid; renewed on each login there. */
  LOGIN_DEVICE_TTL_DAYS: z.coerce.number().positive().default(180),
  /** Operation limits, each checked before anything runs (server/src/graphql/operation-limits.ts). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(20000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().nonnegative().default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(50),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  /** How many times a document is run by graphql-js before it is compiled (server/src/graphql/compiled-execution.ts); 0 compiles at once. */
  GRAPHQL_COMPILE_AFTER: z.coerce.number().int().nonnegative().default(2),
  /** Requests per minute to /graphql and to the evidence routes, per signed-in user and per anonymous client address. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** PostgreSQL cancels an api statement that runs longer than this (0: never); the worker and migrations have none. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(10_000),
  DEMO_SEED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Prometheus `/metrics` of the api and of the worker, each on a port of its own (0: any free one), apart
   * from the public PORT; `npm run cluster` counts up from these, one port per replica.
   */
  METRICS_HOST: z.string().default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9484),
  /** When set, a scrape must send it as a bearer token. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** OpenTelemetry traces are exported over OTLP/HTTP to <this>/v1/traces when set; none are made otherwise. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** pino's levels, most to least severe; `silent` turns logging off. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Mail goes out only when this is set, e.g. smtp://user:pass@host:587; in-app notifications always. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('LabelCycle <no-reply@labelcycle.invalid>'),
  /** Largest evidence file accepted, in bytes (default 25 MiB); GraphQL reports sizes as Int, hence the cap. */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().positive().max(2_147_483_647).default(25 * 1024 * 1024),
  /**
   * Evidence each organisation may keep, in bytes (default 2 GiB), counted over its stored files (the same
   * content once). A setting of the deployment, not a scheme rule: it guards the disk or bucket the
   * operator provides, and a library outlives the framework versions its cycles ran under.
   */
  EVIDENCE_QUOTA_BYTES: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).default(2 * 1024 ** 3),
  /** Where evidence files live (folder storage), and the spool for uploads under way; default <DATA_DIR>/evidence. */
  EVIDENCE_DIR: z.string().min(1).optional(),
  /** Evidence goes to S3-compatible object storage when a bucket is named; the other EVIDENCE_S3_* refine it. */
  EVIDENCE_S3_BUCKET: z.string().min(1).optional(),
  /** For S3-compatible services (MinIO, Ceph…): their URL; path-style addressing is then used. */
  EVIDENCE_S3_ENDPOINT: z.url().optional(),
  EVIDENCE_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Without a key pair the SDK's usual credential chain (environment, profile, instance role) applies. */
  EVIDENCE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /**
   * Tests only: framework versions the test fixtures mark with `amountsInSecondsForTests` run their cycles
   * with every duration counted in seconds, so a whole cycle passes on a real Temporal server within a test.
   * Refused in production: there a marked row must not shorten a real certificate to seconds.
   */
  TEST_SECONDS_DURATIONS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
}).refine((c) => !(c.NODE_ENV === 'production' && c.TEST_SECONDS_DURATIONS), {
  path: ['TEST_SECONDS_DURATIONS'],
  message: 'is for tests only and cannot be true when NODE_ENV is production',
});

export type Config = z.infer<typeof schema> & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; EVIDENCE_DIR: string };

/** Whether the site is served over HTTPS: Secure cookies, and the headers that only make sense there (HSTS). */
export function secureCookies(config: Pick<Config, 'COOKIE_SECURE' | 'NODE_ENV'>): boolean {
  return config.COOKIE_SECURE ?? config.NODE_ENV === 'production';
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/labelcycle';
export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return {
    ...parsed.data,
    DATABASE_URL: parsed.data.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    TEMPORAL_ADDRESS: parsed.data.TEMPORAL_ADDRESS ?? DEFAULT_TEMPORAL_ADDRESS,
    EVIDENCE_DIR: parsed.data.EVIDENCE_DIR ?? path.join(parsed.data.DATA_DIR, 'evidence'),
  };
}
