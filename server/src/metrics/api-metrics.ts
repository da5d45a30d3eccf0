import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the api measures, in its own registry (each api made in a process, tests' too, counts for itself). */
export interface ApiMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  operationDuration: Histogram<'operation' | 'type'>;
  refusals: Counter<'code' | 'operation'>;
  /** Operations run, by engine: `compiled` or `graphql-js` (graphql/compiled-execution.ts). */
  executions: Counter<'engine'>;
  compilations: Counter;
  evidenceBytes: Counter;
}

/** Seconds; from a cached read (a few ms) to an evidence upload or a command waiting on its workflow. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The pool MikroORM's SQL driver keeps (tarn): what of it is in use, idle, and awaited. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

function poolOf(orm: MikroORM): Pool {
  return (orm.em.getConnection().getKnex().client as { pool: Pool }).pool;
}

export function createApiMetrics(orm: MikroORM): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'labelcycle_db_pool_connections',
    help: 'Connections of the api’s PostgreSQL pool: in use, idle, awaited by a query, and the most it opens',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = poolOf(orm);
      // Before the first query, or after the ORM closed, there is no pool to read.
      if (!p) return;
      this.set({ state: 'used' }, p.numUsed());
      this.set({ state: 'free' }, p.numFree());
      this.set({ state: 'pending' }, p.numPendingAcquires());
      this.set({ state: 'max' }, p.max);
    },
  });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'labelcycle_http_request_duration_seconds',
      help: 'HTTP requests to the api, from arrival until the answer is out, by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    operationDuration: new Histogram({
      name: 'labelcycle_graphql_operation_duration_seconds',
      help: 'GraphQL operations, from parsing to the response, by operation name and type',
      labelNames: ['operation', 'type'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    refusals: new Counter({
      name: 'labelcycle_graphql_refusals_total',
      help: 'Errors GraphQL answers with, by extensions.code (see docs/error-codes.md) and operation',
      labelNames: ['code', 'operation'] as const,
      registers: [registry],
    }),
    executions: new Counter({
      name: 'labelcycle_graphql_executions_total',
      help: 'GraphQL operations run, by engine: compiled (a query document run before) or graphql-js',
      labelNames: ['engine'] as const,
      registers: [registry],
    }),
    compilations: new Counter({
      name: 'labelcycle_graphql_compilations_total',
      help: 'Query documents compiled, each once, when run more than GRAPHQL_COMPILE_AFTER times',
      registers: [registry],
    }),
    evidenceBytes: new Counter({
      name: 'labelcycle_evidence_received_bytes_total',
      help: 'Bytes of evidence files received in full by the api (refused and aborted uploads not counted)',
      registers: [registry],
    }),
  };
}
