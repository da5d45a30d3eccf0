import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PostResult {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * One keep-alive connection pool to one endpoint. GraphQL and the baseline are called through the same
 * client code, so the request side costs them the same.
 */
export class HttpEndpoint {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(
    url: string,
    maxSockets: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL(url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  post(body: string, extraHeaders: Record<string, string> = {}): Promise<PostResult> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: '127.0.0.1',
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...this.headers, ...extraHeaders },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * `concurrency` clients, each sending the next request as soon as the previous one is answered, until the
 * time is up (or a hard cap on requests, so the loop is bounded even if the clock misbehaves). A response
 * that fails `accept` stops the run: a fast error is not throughput.
 */
export async function runLoad(opts: {
  endpoint: HttpEndpoint;
  body: string;
  concurrency: number;
  durationMs: number;
  accept: (res: PostResult) => boolean;
  maxRequests?: number;
}): Promise<LoadResult> {
  const cap = opts.maxRequests ?? 1_000_000;
  const latenciesMs: number[] = [];
  const started = performance.now();
  const deadline = started + opts.durationMs;
  let sent = 0;
  const client = async () => {
    while (performance.now() < deadline && sent < cap) {
      sent += 1;
      const t0 = performance.now();
      const res = await opts.endpoint.post(opts.body);
      latenciesMs.push(performance.now() - t0);
      if (!opts.accept(res)) throw new Error(`Unexpected response (HTTP ${res.status}): ${res.body.slice(0, 500)}`);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  return { requests: latenciesMs.length, seconds: (performance.now() - started) / 1000, latenciesMs };
}
