import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A fresh connection per request: a kept-alive socket to an api that has since died fails only after the
 * request was sent, too late to move it to another replica. On loopback a connection costs microseconds.
 */
const FRESH_CONNECTIONS = new http.Agent({ keepAlive: false });

/** How long an api that refused a connection is passed over before it is tried again. */
const RESTING_MS = 2_000;

export interface Upstream {
  host: string;
  port: number;
}

export interface RoundRobinProxy {
  port: number;
  /** Requests each upstream was sent, in the order given: shows the load is shared. */
  served(): number[];
  close(): Promise<void>;
}

/**
 * The cluster's one entry point: spreads requests over the api replicas in turn. An api that is down
 * (its port refuses connections) costs nothing but a retry on the next one, because a request's body is read
 * only once a connection stands; an api that dies mid-request answers 502, as any proxy would, and the
 * client's retry (mutations carry a clientMutationId) lands on a live one. Adds X-Forwarded-For, which the
 * apis trust from loopback, so per-client limits see the real client.
 */
export function startRoundRobinProxy(opts: { port: number; host?: string; upstreams: Upstream[] }): Promise<RoundRobinProxy> {
  const resting = new Map<number, number>();
  const served = opts.upstreams.map(() => 0);
  let next = 0;

  const pick = (tried: Set<number>): number | null => {
    const now = Date.now();
    for (let n = 0; n < opts.upstreams.length; n++) {
      const i = (next + n) % opts.upstreams.length;
      if (tried.has(i) || (resting.get(i) ?? 0) > now) continue;
      next = (i + 1) % opts.upstreams.length;
      return i;
    }
    // All resting: try any not yet tried rather than refuse outright.
    for (let i = 0; i < opts.upstreams.length; i++) if (!tried.has(i)) return i;
    return null;
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, tried: Set<number>) => {
    const i = pick(tried);
    if (i === null) {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('No api replica is answering.\n');
      return;
    }
    tried.add(i);
    const upstream = opts.upstreams[i];
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
    const proxied = http.request({
      host: upstream.host,
      port: upstream.port,
      method: req.method,
      path: req.url,
      agent: FRESH_CONNECTIONS,
      headers: { ...req.headers, 'x-forwarded-for': forwardedFor },
    });
    let connected = false;
    proxied.once('socket', (socket: Socket) => {
      const send = () => {
        connected = true;
        served[i] += 1;
        req.pipe(proxied);
      };
      if (socket.connecting) socket.once('connect', send);
      else send();
    });
    proxied.once('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.rawHeaders);
      answer.pipe(res);
    });
    proxied.once('error', () => {
      if (!connected) {
        resting.set(i, Date.now() + RESTING_MS);
        forward(req, res, tried);
      } else if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' }).end('The api replica failed while answering.\n');
      } else {
        res.destroy();
      }
    });
    req.once('aborted', () => proxied.destroy());
  };

  const server = http.createServer((req, res) => forward(req, res, new Set()));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        served: () => [...served],
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
