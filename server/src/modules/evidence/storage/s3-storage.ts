import {
  DeleteObjectCommand,
  GetObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { assertContentKey, isContentKey, STORE_MARKER, type ContentInfo, type EvidenceStorage, type StoredObject } from './evidence-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible service (MinIO, Ceph, …); such services mostly need path-style addressing. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** Objects live under this prefix, so the bucket may hold other things without the sweeper touching them. */
const PREFIX = 'evidence/';

/**
 * Evidence in S3-compatible object storage, chosen when EVIDENCE_S3_BUCKET is set. The upload is spooled
 * to local disk first (the content address is its hash), then sent with one PutObject that carries the
 * SHA-256: the service checks it, so a corrupted transfer is refused rather than stored. Without a key
 * pair in the configuration the SDK's usual credential chain applies (environment, profile, instance role).
 */
export class S3Storage implements EvidenceStorage {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    const config: S3ClientConfig = { region: options.region };
    if (options.endpoint) {
      // S3-compatible services differ in what they accept: path-style addressing, and checksums only where
      // required (many do not know the SDK's default CRC trailers). Uploads still carry their SHA-256.
      Object.assign(config, {
        endpoint: options.endpoint,
        forcePathStyle: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
    }
    if (options.accessKeyId && options.secretAccessKey) {
      config.credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey };
    }
    this.client = new S3Client(config);
    this.description = `S3 bucket ${options.bucket}${options.endpoint ? ` at ${options.endpoint}` : ''}`;
  }

  async commit(spoolPath: string, key: string, content: ContentInfo): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: PREFIX + assertContentKey(key),
        Body: createReadStream(spoolPath),
        ContentLength: content.size,
        ContentType: content.type,
        ChecksumSHA256: Buffer.from(content.sha256, 'hex').toString('base64'),
      }),
    );
    // The object is complete and verified; the spool copy has done its work.
    await rm(spoolPath, { force: true });
  }

  async read(key: string): Promise<Readable> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: PREFIX + assertContentKey(key) }));
    // In Node the SDK's body is an IncomingMessage, already a Readable.
    if (!(out.Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${key}`);
    return out.Body;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: PREFIX + assertContentKey(key) }));
  }

  async readMarker(): Promise<string | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: PREFIX + STORE_MARKER }));
      return (await out.Body?.transformToString('utf-8')) ?? '';
    } catch (err) {
      if (httpStatusOf(err) === 404) return null;
      throw err;
    }
  }

  async createMarker(text: string): Promise<boolean> {
    try {
      // If-None-Match: * makes the service refuse the write when the object exists (412), or when another
      // conditional write of it is under way (409).
      await this.client.send(
        new PutObjectCommand({ Bucket: this.options.bucket, Key: PREFIX + STORE_MARKER, Body: text, ContentType: 'application/json', IfNoneMatch: '*' }),
      );
      return true;
    } catch (err) {
      const status = httpStatusOf(err);
      if (status === 412 || status === 409) return false;
      throw err;
    }
  }

  async *list(): AsyncIterable<StoredObject> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.options.bucket, Prefix: PREFIX })) {
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(PREFIX.length) ?? '';
        if (isContentKey(key)) yield { key, modifiedAt: object.LastModified ?? new Date(0) };
      }
    }
  }
}

function httpStatusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
