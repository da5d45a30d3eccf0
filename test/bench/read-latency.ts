import { performance } from 'node:perf_hooks';
import type { HttpEndpoint } from './http-client';
import { median, p95 } from './stats';

export interface ReadCase {
  label: string;
  /** The request body: a document and its variables. */
  body: string;
  /** Says what is wrong with a response's data (it found nothing, say), or null when it is what the case is about. */
  check(data: any): string | null;
}

export interface ReadLatency {
  label: string;
  p50Ms: number;
  p95Ms: number;
  samples: number;
  /** The response's size, to show how much a screen carries. */
  bytes: number;
}

/**
 * Screens as one person opens them: one request at a time, each case in turn, so a slow moment of the machine
 * falls on all of them alike rather than on whichever case ran then. The warm-up round checks each response
 * (no errors, and the data the case is about), so a fast refusal is never measured as a fast screen.
 */
export async function measureReads(endpoint: HttpEndpoint, cases: readonly ReadCase[], opts: { samples: number; warmup: number }): Promise<ReadLatency[]> {
  const latencies = cases.map(() => [] as number[]);
  const bytes = cases.map(() => 0);
  for (let round = 0; round < opts.warmup + opts.samples; round += 1) {
    for (const [i, c] of cases.entries()) {
      const t0 = performance.now();
      const res = await endpoint.post(c.body);
      const ms = performance.now() - t0;
      if (round < opts.warmup) {
        bytes[i] = Buffer.byteLength(res.body);
        const parsed = JSON.parse(res.body) as { data?: unknown; errors?: unknown };
        const problem = res.status !== 200 || parsed.errors ? `HTTP ${res.status}: ${res.body.slice(0, 500)}` : c.check(parsed.data);
        if (problem) throw new Error(`${c.label}: ${problem}`);
      } else {
        latencies[i].push(ms);
      }
    }
  }
  return cases.map((c, i) => ({ label: c.label, p50Ms: median(latencies[i]), p95Ms: p95(latencies[i]), samples: latencies[i].length, bytes: bytes[i] }));
}
