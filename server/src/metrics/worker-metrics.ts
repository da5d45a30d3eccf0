import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The worker's `/metrics`: its own process figures, followed by the Temporal SDK's (workflow task and
 * activity latency, schedule-to-start, slots, polls). The SDK's native core measures those itself and serves
 * them on a loopback port of its own (`coreAddress`), read here at each scrape, so Prometheus scrapes one
 * endpoint per worker and the core's port is never exposed.
 */
export function workerScrape(coreAddress: string | null): () => Promise<{ contentType: string; body: string }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return async () => {
    const own = await registry.metrics();
    if (!coreAddress) return { contentType: registry.contentType, body: own };
    let core: string;
    try {
      const res = await fetch(`http://${coreAddress}/metrics`, { signal: AbortSignal.timeout(5_000) });
      core = res.ok ? await res.text() : `# the Temporal SDK's metrics answered ${res.status}\n`;
    } catch {
      // The process's own figures are still worth a scrape when the core's cannot be read.
      core = "# the Temporal SDK's metrics could not be read\n";
    }
    return { contentType: registry.contentType, body: `${own}\n${core}` };
  };
}
