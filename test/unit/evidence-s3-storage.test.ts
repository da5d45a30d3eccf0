import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { S3Storage } from '../../server/src/modules/evidence/storage/s3-storage';

/**
 * The S3 storage against a minimal in-memory stand-in for an S3-compatible service (path-style PUT, GET,
 * DELETE and ListObjectsV2, conditional PUT): checks what the SDK sends (key under evidence/, length, SHA-256) and that
 * reading, listing and removing work through the real client. Not a test of S3 itself.
 */
const objects = new Map<string, { body: Buffer; headers: http.IncomingHttpHeaders }>();
let server: http.Server;
let endpoint: string;
let dir: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const key = decodeURIComponent(url.pathname.replace(/^\/bucket\/?/, ''));
      if (req.method === 'PUT') {
        // If-None-Match: * writes only what is not there yet, as S3 does.
        if (req.headers['if-none-match'] === '*' && objects.has(key)) return res.writeHead(412).end();
        objects.set(key, { body: Buffer.concat(parts), headers: req.headers });
        return res.writeHead(200, { etag: '"x"' }).end();
      }
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
        const prefix = url.searchParams.get('prefix') ?? '';
        const contents = [...objects.keys()]
          .filter((k) => k.startsWith(prefix))
          .map((k) => `<Contents><Key>${k}</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><Size>${objects.get(k)!.body.length}</Size></Contents>`)
          .join('');
        return res
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(`<?xml version="1.0"?><ListBucketResult><Name>bucket</Name><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return res.writeHead(404).end();
        return res.writeHead(200, { 'content-length': object.body.length }).end(object.body);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(os.tmpdir(), 'labelcycle-s3-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

it('commits a spool file with its length and SHA-256, reads it back, lists and removes it', async () => {
  const storage = new S3Storage({ bucket: 'bucket', region: 'eu-west-1', endpoint, accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
  const content = Buffer.from('%PDF-1.7\nbewijs\n');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const key = `3f1c2a4e-8d7b-4c6a-9e5f-1a2b3c4d5e6f/${sha256}`;
  const spool = path.join(dir, 'upload.part');
  writeFileSync(spool, content);

  await storage.commit(spool, key, { size: content.length, sha256, type: 'application/pdf' });
  const stored = objects.get(`evidence/${key}`)!;
  expect(stored.body.equals(content)).toBe(true);
  expect(stored.headers['x-amz-checksum-sha256']).toBe(Buffer.from(sha256, 'hex').toString('base64'));
  expect(stored.headers['content-type']).toBe('application/pdf');
  expect(stored.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/s3\/aws4_request/);
  expect(existsSync(spool)).toBe(false);

  const read: Buffer[] = [];
  for await (const chunk of await storage.read(key)) read.push(chunk as Buffer);
  expect(Buffer.concat(read).equals(content)).toBe(true);

  const listed = [];
  for await (const object of storage.list()) listed.push(object.key);
  expect(listed).toEqual([key]);

  await storage.remove(key);
  expect(objects.size).toBe(0);
  await expect(storage.remove('../../etc/passwd')).rejects.toThrow('Not an evidence content key');
});

it('writes the store marker only where there is none, and reads it back; content listing never shows it', async () => {
  const storage = new S3Storage({ bucket: 'bucket', region: 'eu-west-1', endpoint, accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
  objects.clear();
  await expect(storage.readMarker()).resolves.toBeNull();
  await expect(storage.createMarker('{"database":"a"}')).resolves.toBe(true);
  await expect(storage.createMarker('{"database":"b"}')).resolves.toBe(false);
  await expect(storage.readMarker()).resolves.toBe('{"database":"a"}');
  expect([...objects.keys()]).toEqual(['evidence/store-marker.json']);
  const listed = [];
  for await (const object of storage.list()) listed.push(object.key);
  expect(listed).toEqual([]);
});
