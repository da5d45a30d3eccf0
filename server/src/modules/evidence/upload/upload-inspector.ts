import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { EvidenceType } from './allowed-types';
import { SNIFF_BYTES, sniffType } from './sniff-type';
import { badUpload, unsupportedType } from './upload-refusal';

/**
 * Sits between the uploaded file and its spool file: hashes and counts every byte as it passes, and keeps
 * only the first SNIFF_BYTES to decide the type. The type is decided as soon as those bytes are in, so a
 * refused file is answered early instead of after the whole upload. Nothing else is held in memory.
 */
export class UploadInspector extends Transform {
  size = 0;
  type: EvidenceType | null = null;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly fileName: string) {
    super();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.type === null) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      // The stream waits for `done`, so no later chunk passes before the type is decided.
      if (this.headLength >= SNIFF_BYTES) return this.decide(false, done, chunk);
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(badUpload('The file is empty.', 'file'));
    if (this.type === null) return this.decide(true, done);
    done();
  }

  private decide(complete: boolean, done: TransformCallback, chunk?: Buffer): void {
    const head = Buffer.concat(this.head, this.headLength).subarray(0, SNIFF_BYTES);
    this.head = [];
    sniffType(head, this.fileName, complete).then(
      (type) => {
        this.type = type;
        if (type === null) done(unsupportedType());
        else done(null, chunk);
      },
      (err: unknown) => done(err as Error),
    );
  }
}
