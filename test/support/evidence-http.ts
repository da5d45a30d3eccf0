import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
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
  /** Send the name as `filename*=UTF-8''…` (RFC 5987, percent-encoded), so it may hold any character. */
  encodeFileName?: boolean;
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
  const fileName = options.encodeFileName ? `filename*=UTF-8''${encodeURIComponent(options.fileName)}` : `filename="${options.fileName}"`;
  yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${fileName}\r\nContent-Type: application/octet-stream\r\n\r\n`);
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
    let responded = false;
    // agent false: a connection of its own, never reused (a refused upload's connection is closed by the api).
    const req = http.request(`${baseUrl}/evidence`, { method: 'POST', headers, agent: false }, (res) => {
      responded = true;
      const sentBeforeAnswer = sent;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      // 'close' also when the api closed a refused upload's connection while this client was still writing:
      // the answer had arrived by then, and a cut-off body shows as a parse failure, not as a hang.
      res.on('close', () => {
        const text = Buffer.concat(parts).toString('utf8');
        try {
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, sentBeforeAnswer });
        } catch (err) {
          reject(err);
        }
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!responded) reject(err);
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

export interface SlowUploadOptions {
  cookie?: string | null;
  /** Leave out the CSRF header. */
  withoutUploadHeader?: boolean;
  /** Send `Expect: 100-continue` and the body only after "100 Continue" (as curl does for larger bodies). */
  expectContinue?: boolean;
  /**
   * Ask for the connection to be closed after this exchange (`Connection: close`), as node:http does without
   * an agent, and keep sending after the api has ended its side of the connection.
   */
  connectionClose?: boolean;
  /** The file's size; it goes out as a PDF in 64 KB chunks, one every `intervalMs` (chunked transfer coding). */
  fileBytes: number;
  intervalMs?: number;
}

/** What the api did with a slowly sent upload, measured from the client's side of one TCP connection. */
export interface SlowUploadResult {
  /** The final status (not 100), or null when none came. */
  status: number | null;
  body: any;
  gotContinue: boolean;
  /** Milliseconds from the request's headers to the final answer's, and to the connection's end. */
  answeredAfterMs: number | null;
  closedAfterMs: number;
  /** Body bytes the socket took before the answer came, and before the connection ended. */
  sentBeforeAnswer: number;
  sentBeforeClose: number;
  /** Whether the whole body went out. */
  finished: boolean;
}

/**
 * An upload over a raw socket that keeps sending after the answer, as a careless or hostile client does,
 * until the body is done or the api closes the connection: so a test sees when the answer came and how
 * long the api went on taking the body. (node:http's client stops at the answer or fails on the reset.)
 */
export function slowUpload(baseUrl: string, options: SlowUploadOptions): Promise<SlowUploadResult> {
  const url = new URL(baseUrl);
  const boundary = `----labelcycle-${randomUUID()}`;
  const head = [
    `POST /evidence HTTP/1.1`,
    `Host: ${url.host}`,
    `Content-Type: multipart/form-data; boundary=${boundary}`,
    'Transfer-Encoding: chunked',
    ...(options.withoutUploadHeader ? [] : ['x-labelcycle-upload: 1']),
    ...(options.cookie ? [`Cookie: ${options.cookie}`] : []),
    ...(options.expectContinue ? ['Expect: 100-continue'] : []),
    ...(options.connectionClose ? ['Connection: close'] : []),
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket = net.connect({ port: Number(url.port), host: url.hostname, allowHalfOpen: options.connectionClose === true });
    const started = Date.now();
    const result: SlowUploadResult = {
      status: null,
      body: null,
      gotContinue: false,
      answeredAfterMs: null,
      closedAfterMs: 0,
      sentBeforeAnswer: 0,
      sentBeforeClose: 0,
      finished: false,
    };
    let received = '';
    let sending = false;
    let sent = 0;
    // The api keeps a connection open after a complete exchange: the client closes it then.
    const endIfDone = () => {
      const end = received.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(received.slice(0, end))?.[1];
      if (result.finished && end >= 0 && length !== undefined && received.length - end - 4 >= Number(length)) socket.end();
    };

    const sendBody = async () => {
      if (sending) return;
      sending = true;
      const chunks = multipart(boundary, { cookie: null, fileName: 'slow.pdf', content: () => pdfContent(options.fileBytes, `slow-${randomUUID()}`) });
      for await (const chunk of chunks) {
        if (socket.destroyed || socket.writableEnded) return;
        const ok = socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
        sent += chunk.length;
        if (!ok) await new Promise((r) => socket.once('drain', r).once('close', r));
        if (options.intervalMs) await new Promise((r) => setTimeout(r, options.intervalMs));
      }
      if (socket.destroyed) return;
      socket.write('0\r\n\r\n');
      result.finished = true;
      endIfDone();
    };

    socket.on('connect', () => {
      socket.write(`${head}\r\n\r\n`);
      if (!options.expectContinue) void sendBody();
    });
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      if (received.startsWith('HTTP/1.1 100 ')) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) return;
        received = received.slice(end + 4);
        result.gotContinue = true;
        void sendBody();
      }
      if (received.indexOf('\r\n\r\n') < 0) return;
      if (result.status === null) {
        result.status = Number(received.slice(9, 12));
        result.answeredAfterMs = Date.now() - started;
        result.sentBeforeAnswer = sent;
      }
      endIfDone();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      result.closedAfterMs = Date.now() - started;
      result.sentBeforeClose = sent;
      const end = received.indexOf('\r\n\r\n');
      const text = end < 0 ? '' : received.slice(end + 4);
      // A JSON answer; with chunked coding only its first chunk is read (these answers are small).
      const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
      result.body = json ? JSON.parse(Buffer.from(json, 'latin1').toString('utf8')) : null;
      resolve(result);
    });
  });
}

/** Uploads a small PDF of unique content (POST /evidence with the session cookie) that must be stored; its evidence ID. */
export async function uploadSmallPdf(baseUrl: string, cookie: string | null, tag: string, fields?: Record<string, string>): Promise<string> {
  const answer = await uploadEvidence(baseUrl, { cookie, fileName: `${tag}.pdf`, content: () => pdfContent(4096, `${tag}-${randomUUID()}`), fields });
  if (answer.status !== 201) throw new Error(`upload ${tag}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}
