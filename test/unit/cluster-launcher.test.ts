import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startRoundRobinProxy } from '../../server/src/launcher/round-robin-proxy';
import { DEFAULT_CLUSTER_PORTS, HIGHEST_CLUSTER_PORT, renderTemplate } from '../../server/src/launcher/temporal-cluster-server';
import { freePort } from '../../server/src/launcher/temporal-dev-server';

const TEMPLATE = readFileSync(path.resolve(__dirname, '../../deploy/temporal/config.template.yaml'), 'utf8');

describe('the Temporal config template', () => {
  it('a placeholder without a value is an error naming it, not an empty setting', () => {
    expect(() => renderTemplate('port: ${FRONTEND_PORT}', {})).toThrow('uses ${FRONTEND_PORT}');
    expect(renderTemplate('port: ${FRONTEND_PORT}', { FRONTEND_PORT: 7233 })).toBe('port: 7233');
  });

  it('keeps no password or user of its own', () => {
    expect(TEMPLATE).toMatch(/password: \$\{DB_PASSWORD\}/);
    expect(TEMPLATE).toMatch(/user: \$\{DB_USER\}/);
    expect(TEMPLATE).not.toMatch(/password: (?!\$\{)/);
  });

  it('the default ports fit the membership table', () => {
    for (const port of Object.values(DEFAULT_CLUSTER_PORTS)) expect(port).toBeLessThanOrEqual(HIGHEST_CLUSTER_PORT);
  });
});

describe('the entry point in front of the apis', () => {
  const upstream = (name: string) =>
    new Promise<http.Server & { port: number }>((resolve) => {
      const server = http.createServer((req, res) => res.end(`${name} ${req.headers['x-forwarded-for']}`));
      server.listen(0, '127.0.0.1', () => resolve(Object.assign(server, { port: (server.address() as { port: number }).port })));
    });
  const get = async (port: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: res.status, body: await res.text() };
  };

  it('takes the apis in turn, skips one that refuses connections, and says 503 when none answers', async () => {
    const [a, b] = [await upstream('a'), await upstream('b')];
    const down = await freePort();
    const proxy = await startRoundRobinProxy({ port: 0, upstreams: [a, { host: '127.0.0.1', port: down }, b].map((u) => ({ host: '127.0.0.1', port: u.port })) });
    try {
      const bodies = [];
      for (let i = 0; i < 4; i++) bodies.push((await get(proxy.port)).body);
      expect(bodies.map((body) => body.split(' ')[0]).sort()).toEqual(['a', 'a', 'b', 'b']);
      expect(bodies[0]).toMatch(/ 127\.0\.0\.1$/);
      expect(proxy.served()).toEqual([2, 0, 2]);
      await new Promise((resolve) => a.close(resolve));
      await new Promise((resolve) => b.close(resolve));
      expect(await get(proxy.port)).toEqual({ status: 503, body: 'No api replica is answering.\n' });
    } finally {
      await proxy.close();
    }
  });
});
