import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SpoolFile {
  path: string;
  stream: WriteStream;
}

const SPOOL_NAME = /^upload-[0-9a-f-]{36}\.part$/;

/**
 * The temporary files uploads are streamed into, under `<EVIDENCE_DIR>/tmp`. It sits beside the folder
 * storage's content folder, on the same file system, so committing is a rename. A crash mid-upload leaves
 * a spool file and nothing else; the sweeper removes those that nobody wrote to for an hour.
 */
export class SpoolFolder {
  readonly dir: string;

  constructor(evidenceDir: string) {
    this.dir = path.join(path.resolve(evidenceDir), 'tmp');
    mkdirSync(this.dir, { recursive: true });
  }

  create(): SpoolFile {
    const file = path.join(this.dir, `upload-${randomUUID()}.part`);
    // flush: the data reaches the disk before the stream reports it finished, so the rename that follows
    // cannot publish a file whose bytes were still only in the page cache when the machine went down.
    return { path: file, stream: createWriteStream(file, { flags: 'wx', mode: 0o600, flush: true }) };
  }

  /** Removes a spool file; one that was already committed (renamed away) or removed is fine. */
  async discard(file: string): Promise<void> {
    await rm(file, { force: true });
  }

  /** Spool files last written before `before` (an upload still running keeps touching its file). */
  async stale(before: Date): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const stale: string[] = [];
    for (const name of names) {
      if (!SPOOL_NAME.test(name)) continue;
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtime < before) stale.push(file);
    }
    return stale;
  }
}
