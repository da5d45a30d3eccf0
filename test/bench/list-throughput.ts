import type { HttpEndpoint, LoadResult, PostResult } from './http-client';
import { runLoad } from './http-client';
import { body, ORGANISATIONS_PAGE } from './operations';
import { median, p95 } from './stats';

export interface Throughput {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  requests: number;
}

export interface ListThroughput {
  graphql: Throughput;
  baseline: Throughput;
  /** GraphQL requests per second over the baseline's. */
  ratio: number;
  responseBytes: number;
}

const accept = (res: PostResult) => res.status === 200 && res.body.startsWith('{"data":{"organisations":{"totalCount":');

/**
 * (a) The organisations page through GraphQL against the bare endpoint. First both must answer the same
 * bytes, otherwise the comparison would be between different work. Then, after a warm-up of each, the two
 * take turns in equal rounds, so a slow moment of the machine (or PostgreSQL's cache warming) is shared.
 */
export async function measureListThroughput(opts: {
  graphql: HttpEndpoint;
  baseline: HttpEndpoint;
  first: number;
  concurrency: number;
  warmupMs: number;
  roundMs: number;
  rounds: number;
}): Promise<ListThroughput> {
  const request = body(ORGANISATIONS_PAGE, { first: opts.first });
  const [fromGraphql, fromBaseline] = [await opts.graphql.post(request), await opts.baseline.post(request)];
  assertSameBody(fromGraphql, fromBaseline);

  const load = (endpoint: HttpEndpoint, durationMs: number) =>
    runLoad({ endpoint, body: request, concurrency: opts.concurrency, durationMs, accept });
  await load(opts.graphql, opts.warmupMs);
  await load(opts.baseline, opts.warmupMs);
  const graphqlRounds: LoadResult[] = [];
  const baselineRounds: LoadResult[] = [];
  for (let round = 0; round < opts.rounds; round += 1) {
    graphqlRounds.push(await load(opts.graphql, opts.roundMs));
    baselineRounds.push(await load(opts.baseline, opts.roundMs));
  }
  const graphql = summarise(graphqlRounds);
  const baseline = summarise(baselineRounds);
  return { graphql, baseline, ratio: graphql.requestsPerSecond / baseline.requestsPerSecond, responseBytes: Buffer.byteLength(fromGraphql.body) };
}

function summarise(rounds: LoadResult[]): Throughput {
  const latencies = rounds.flatMap((r) => r.latenciesMs);
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return { requestsPerSecond: requests / seconds, p50Ms: median(latencies), p95Ms: p95(latencies), requests };
}

function assertSameBody(graphql: PostResult, baseline: PostResult): void {
  if (!accept(graphql)) throw new Error(`The GraphQL organisations page failed (HTTP ${graphql.status}): ${graphql.body.slice(0, 500)}`);
  if (graphql.body === baseline.body) return;
  let at = 0;
  while (at < graphql.body.length && graphql.body[at] === baseline.body[at]) at += 1;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 80), at + 80));
  throw new Error(
    `The baseline does not answer what GraphQL answers for the first page; first difference at character ${at}:\n` +
      `  graphql : ${around(graphql.body)}\n  baseline: ${around(baseline.body)}`,
  );
}
