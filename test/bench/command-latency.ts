import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { cycleWorkflowId } from '../../workflows/src/ids';
import { proposeAuditDatesUpdate, startedUpdate } from '../../workflows/src/messages';
import { inDays } from '../support/dates';
import type { HttpEndpoint } from './http-client';
import { body, PROPOSE_AUDIT_DATES } from './operations';
import { median, p95 } from './stats';

export interface Latency {
  p50Ms: number;
  p95Ms: number;
  samples: number;
}

export interface CommandLatency {
  graphql: Latency;
  raw: Latency;
  /** An Update that changes nothing and runs no activity, on the same workflow: Temporal's own floor. */
  noop: Latency;
  /** p50(GraphQL) − p50(raw): what the api adds to a command. */
  overheadMs: number;
  /** p50(raw) ÷ p50(no-op): what a command costs beyond one Update round trip (its database writes). */
  overNoop: number;
}

/**
 * (b) proposeAuditDates through the api (session, authorisation, the Update, reading the projection back)
 * against the same Update sent straight to Temporal, on the same workflow. Sequential, one at a time, in
 * alternating small batches, so both see the same workflow history length and the same machine load.
 */
export async function measureCommandLatency(opts: {
  lead: HttpEndpoint;
  temporal: Client;
  cycleId: string;
  actorId: string;
  iterations: number;
  batch: number;
  warmup: number;
}): Promise<CommandLatency> {
  let n = 0;
  // A different date each time, so every call is a real change of the proposal; audit dates lie ahead.
  const nextDates = () => [inDays((n++ % 28) + 1)];
  const handle = opts.temporal.workflow.getHandle(cycleWorkflowId(opts.cycleId));

  const viaGraphql = async () => {
    const i = { cycleId: opts.cycleId, clientMutationId: `bench-${randomUUID()}`, dates: nextDates() };
    const t0 = performance.now();
    const res = await opts.lead.post(body(PROPOSE_AUDIT_DATES, { i }));
    const ms = performance.now() - t0;
    if (res.status !== 200 || !res.body.includes('"step":"DATES_PROPOSED"')) throw new Error(`proposeAuditDates via GraphQL failed (HTTP ${res.status}): ${res.body.slice(0, 500)}`);
    return ms;
  };
  const viaTemporal = async () => {
    const args = { actorId: opts.actorId, dates: nextDates() };
    const t0 = performance.now();
    const view = await handle.executeUpdate(proposeAuditDatesUpdate, { args: [args], updateId: `bench-${randomUUID()}` });
    const ms = performance.now() - t0;
    if (view.step !== 'DATES_PROPOSED') throw new Error(`proposeAuditDates via Temporal left the cycle at ${view.phase}/${view.step}`);
    return ms;
  };

  // `started` answers once the start is projected, which it long is: a full Update round trip, no work.
  const noopUpdate = async () => {
    const t0 = performance.now();
    await handle.executeUpdate(startedUpdate, { updateId: `bench-noop-${randomUUID()}` });
    return performance.now() - t0;
  };

  for (let i = 0; i < opts.warmup; i += 1) {
    await viaGraphql();
    await viaTemporal();
    await noopUpdate();
  }
  const graphql: number[] = [];
  const raw: number[] = [];
  const noop: number[] = [];
  const runBatch = async (size: number, call: () => Promise<number>, into: number[]) => {
    for (let i = 0; i < size; i += 1) into.push(await call());
  };
  for (let done = 0, batch = 0; done < opts.iterations; done += opts.batch, batch += 1) {
    const size = Math.min(opts.batch, opts.iterations - done);
    // Who goes first alternates too, so neither side always follows the other's work.
    if (batch % 2 === 0) {
      await runBatch(size, viaGraphql, graphql);
      await runBatch(size, viaTemporal, raw);
      await runBatch(size, noopUpdate, noop);
    } else {
      await runBatch(size, noopUpdate, noop);
      await runBatch(size, viaTemporal, raw);
      await runBatch(size, viaGraphql, graphql);
    }
  }
  const summary = (s: number[]): Latency => ({ p50Ms: median(s), p95Ms: p95(s), samples: s.length });
  return { graphql: summary(graphql), raw: summary(raw), noop: summary(noop), overheadMs: median(graphql) - median(raw), overNoop: median(raw) / median(noop) };
}
