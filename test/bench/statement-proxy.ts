import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that counts the statements its clients send, read from the wire
 * protocol itself: whatever the client library or ORM does, every statement reaches the server as a simple
 * Query ('Q') or an extended-protocol Execute ('E'), so their sum is what the server was asked to run.
 * The bytes are passed on untouched; only the client-to-server direction is parsed.
 */
export interface StatementCounts {
  /** 'Q' messages (simple protocol; begin/commit are sent this way too). */
  queries: number;
  /** 'E' messages (extended protocol: one per parameterised statement run). */
  executes: number;
  /** 'P' messages, for information: a prepared statement reused would be executed without one. */
  parses: number;
  connections: number;
}

export interface StatementProxy {
  port: number;
  counts: StatementCounts;
  /** Q + E so far. */
  statements(): number;
  /** The same database URL, routed through this proxy. */
  urlThrough(databaseUrl: string): string;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Reads frontend messages out of a byte stream that arrives in arbitrary chunks. */
class FrontendParser {
  /** Until the StartupMessage, messages have no type byte (length, then a request code). */
  private startup = true;
  private header = Buffer.alloc(0);
  private skip = 0;

  constructor(
    private readonly onMessage: (type: string) => void,
    private readonly onEncryption: () => void,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - at);
        this.skip -= n;
        at += n;
        continue;
      }
      const headerSize = this.startup ? 8 : 5;
      const take = Math.min(headerSize - this.header.length, chunk.length - at);
      this.header = Buffer.concat([this.header, chunk.subarray(at, at + take)]);
      at += take;
      if (this.header.length < headerSize) return;
      if (this.startup) {
        const length = this.header.readInt32BE(0);
        const code = this.header.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) this.onEncryption();
        else this.startup = false; // protocol 3.0 StartupMessage (a CancelRequest ends the connection anyway)
        this.skip = length - 8;
      } else {
        this.onMessage(String.fromCharCode(this.header[0]));
        this.skip = this.header.readInt32BE(1) - 4;
      }
      this.header = Buffer.alloc(0);
    }
  }
}

export async function startStatementProxy(upstreamUrl: string): Promise<StatementProxy> {
  const upstream = new URL(upstreamUrl);
  const upstreamHost = upstream.hostname || '127.0.0.1';
  const upstreamPort = Number(upstream.port || 5432);
  const counts: StatementCounts = { queries: 0, executes: 0, parses: 0, connections: 0 };
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    counts.connections += 1;
    const backend = net.connect(upstreamPort, upstreamHost);
    client.setNoDelay(true);
    backend.setNoDelay(true);
    sockets.add(client).add(backend);
    const parser = new FrontendParser(
      (type) => {
        if (type === 'Q') counts.queries += 1;
        else if (type === 'E') counts.executes += 1;
        else if (type === 'P') counts.parses += 1;
      },
      () => {
        // Counting stops making sense once the stream may be encrypted: refuse rather than report zeros.
        console.error('[bench] the statement proxy cannot read encrypted connections; use a DATABASE_URL without sslmode');
        client.destroy();
      },
    );
    client.on('data', (chunk: Buffer) => parser.push(chunk));
    client.pipe(backend);
    backend.pipe(client);
    const close = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on('error', close).on('close', close);
    backend.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    counts,
    statements: () => counts.queries + counts.executes,
    urlThrough(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
