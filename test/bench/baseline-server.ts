import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The floor for the organisations list: node:http and pg, nothing else. It answers a POST whose JSON body
 * has `variables.first` with exactly the JSON the GraphQL api gives for ORGANISATIONS_PAGE (same keys in the
 * same order, same cursor encoding), from the same statement shape: the count and the page in one query,
 * ordered by (name, id). Everything GraphQL adds on top (session lookup, parsing, validation, resolvers,
 * the ORM) is what the comparison measures.
 */
const PAGE_SQL = `select t.total, p.*
    from (select count(*)::int as total from organisation o where true) t
    left join lateral (
      select o.id, o.created_at, o.name, o.place, o.fte
        from organisation o
       where true
       order by o.name, o.id
       limit $1) p on true
   order by p.name, p.id`;

interface Row {
  total: number;
  id: string | null;
  created_at: Date;
  name: string;
  place: string;
  fte: string;
}

export async function startBaselineServer(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  // As many connections as the api's ORM pool (max 10, server/src/db/migration-config.ts).
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const first = Number(JSON.parse(Buffer.concat(chunks).toString('utf8')).variables?.first ?? 50);
      const { rows } = await pool.query<Row>(PAGE_SQL, [first + 1]);
      const found = rows.filter((r) => r.id !== null);
      const nodes = found.slice(0, first);
      const last = nodes[nodes.length - 1];
      // Apollo ends its JSON with a newline; so does this, so the bodies compare byte for byte.
      const body = `${JSON.stringify({
        data: {
          organisations: {
            totalCount: rows[0]?.total ?? 0,
            pageInfo: {
              endCursor: last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null,
              hasNextPage: found.length > first,
            },
            nodes: nodes.map((r) => ({ id: r.id, name: r.name, place: r.place, fte: Number(r.fte), createdAt: r.created_at.toISOString() })),
          },
        },
      })}\n`;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  });
  // Node's default keep-alive timeout (5 s) matches the api's, so neither side reconnects more often.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
