import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpEndpoint } from './http-client';
import { body } from './operations';
import type { StatementProxy } from './statement-proxy';

export interface StatementsBySize {
  /** Page size → statements counted for each measured request. */
  counts: Map<number, number[]>;
  /** Every request at every size sent the same number of statements. */
  constant: boolean;
}

/**
 * (c) How many statements one organisations request sends to PostgreSQL, counted on the wire between the
 * api process and the server (statement-proxy.ts). Requests go one at a time with a pause after each, so
 * every statement is attributed to the request that caused it; nothing else uses the api's connections.
 */
export async function measureStatementsPerRequest(opts: {
  endpoint: HttpEndpoint;
  proxy: StatementProxy;
  query: string;
  sizes: readonly number[];
  repeats: number;
}): Promise<StatementsBySize> {
  const counts = new Map<number, number[]>();
  for (const first of opts.sizes) {
    const request = body(opts.query, { first });
    // The first request of a size may differ (a statement prepared once, a pool connection opened); not counted.
    await send(opts.endpoint, request, first);
    const measured: number[] = [];
    for (let i = 0; i < opts.repeats; i += 1) {
      await sleep(50);
      const before = opts.proxy.statements();
      await send(opts.endpoint, request, first);
      await sleep(50);
      measured.push(opts.proxy.statements() - before);
    }
    counts.set(first, measured);
  }
  const all = [...counts.values()].flat();
  return { counts, constant: all.every((n) => n === all[0]) };
}

async function send(endpoint: HttpEndpoint, request: string, first: number): Promise<void> {
  const res = await endpoint.post(request);
  const parsed = JSON.parse(res.body) as { data?: { organisations?: { nodes: unknown[] } }; errors?: unknown };
  const nodes = parsed.data?.organisations?.nodes;
  if (res.status !== 200 || parsed.errors || !nodes) throw new Error(`organisations(first: ${first}) failed (HTTP ${res.status}): ${res.body.slice(0, 500)}`);
  if (nodes.length !== first) throw new Error(`organisations(first: ${first}) returned ${nodes.length} rows; the seed should give full pages`);
}
