import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What POST /evidence answered. */
export interface UploadAnswer {
  status: number;
  body: any;
  /** Bytes of the request body written before the answer came. */
  sentBeforeAnswer: number;
}

export interface UploadOptions {
  cookie: string | null;
  fileName: string;
  /** The file's bytes, as chunks (a generator keeps a 25 MB file out of memory). */
  content: () => Iterable<Buffer> | AsyncIterable<Buffer>;
  fields?: Record<string, string>;
  /** Leave out the CSRF header. */
  withoutUploadHeader?: boolean;
  /** Declare this Content-Length instead of sending chunked. */
  contentLength?: number;
}

async function* multipart(boundary: string, options: UploadOptions): AsyncGenerator<Buffer> {
  for (const [name, value] of Object.entries(options.fields ?? {})) {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  yield Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${options.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  for await (const chunk of options.content()) yield chunk;
  yield Buffer.from(`\r\n--${boundary}--\r\n`);
}

/**
 * Streams a multipart upload with node:http (so an answer that comes before the body is sent can be read,
 * which fetch does not allow), and stops sending as soon as the answer is in.
 */
export function uploadEvidence(baseUrl: string, options: UploadOptions): Promise<UploadAnswer> {
  const boundary = `----labelcycle-${randomUUID()}`;
  const headers: Record<string, string | number> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (!options.withoutUploadHeader) headers['x-labelcycle-upload'] = '1';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.contentLength !== undefined) headers['content-length'] = options.contentLength;
  let sent = 0;
  return new Promise((resolve, reject) => {
    let answered = false;
    // agent false: a connection of its own, never reused (a refused upload's connection is closed by the api).
    const req = http.request(`${baseUrl}/evidence`, { method: 'POST', headers, agent: false }, (res) => {
      const sentBeforeAnswer = sent;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => {
        answered = true;
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, sentBeforeAnswer });
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const counted = async function* () {
      for await (const chunk of multipart(boundary, options)) {
        sent += chunk.length;
        yield chunk;
      }
    };
    // Errors after the answer (the request destroyed mid-body) are expected.
    pipeline(Readable.from(counted(), { objectMode: false, highWaterMark: 64 * 1024 }), req).catch(() => undefined);
  });
}

/** Downloads with the cookie; the body as one Buffer (the files in these tests are small enough). */
export async function downloadEvidence(baseUrl: string, id: string, cookie: string | null) {
  const res = await fetch(`${baseUrl}/evidence/${id}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Downloads and hashes as the bytes arrive, for files too large to hold in a test. */
export async function downloadSha256(baseUrl: string, id: string, cookie: string): Promise<{ status: number; sha256: string; size: number }> {
  const res = await fetch(`${baseUrl}/evidence/${id}`, { headers: { cookie } });
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { status: res.status, sha256: hash.digest('hex'), size };
}

const FILLER = randomBytes(64 * 1024);

/** A PDF-looking file of `size` bytes, unique by `tag`, made of one shared 64 KB buffer (no memory per file). */
export function* pdfContent(size: number, tag: string): Generator<Buffer> {
  const head = Buffer.from(`%PDF-1.7\n% ${tag}\n`);
  yield head;
  let sent = head.length;
  while (sent < size) {
    const n = Math.min(FILLER.length, size - sent);
    yield n === FILLER.length ? FILLER : FILLER.subarray(0, n);
    sent += n;
  }
}

/** The SHA-256 of what pdfContent yields, computed the same streaming way. */
export function sha256Of(chunks: Iterable<Buffer>): string {
  const hash = createHash('sha256');
  for (const c of chunks) hash.update(c);
  return hash.digest('hex');
}
