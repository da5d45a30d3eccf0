import { createServer, type Server } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';

export interface MetricsServerSettings {
  host: string;
  port: number;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
  /** The exposition text and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `/metrics` on a port of its own, apart from the public one: what the process measures is for the
 * operator's Prometheus, not for whoever can reach the site.
 */
export function startMetricsServer(settings: MetricsServerSettings): Promise<Server> {
  // Compared as digests, in constant time: the answer does not tell how much of a guess was right.
  const expected = settings.token ? digest(`Bearer ${settings.token}`) : null;
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('Send the metrics token as a bearer token.\n');
      return;
    }
    settings.scrape().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('The metrics could not be read.\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve(server));
  });
}

/** Where a started metrics server answers, for the process's start-up line. */
export function metricsUrl(host: string, server: Server): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://${host}:${port}/metrics`;
}
