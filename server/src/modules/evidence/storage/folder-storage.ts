import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertContentKey, isContentKey, type EvidenceStorage, type StoredObject } from './evidence-storage';

/**
 * Evidence in a folder: `<EVIDENCE_DIR>/content/<organisationId>/<sha256>`. The default, and what the
 * tests run against. Files are written once (renamed in from the spool) and never changed.
 */
export class FolderStorage implements EvidenceStorage {
  readonly description: string;
  private readonly root: string;

  constructor(evidenceDir: string) {
    this.root = path.join(path.resolve(evidenceDir), 'content');
    this.description = `folder ${this.root}`;
  }

  async commit(spoolPath: string, key: string): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    await rename(spoolPath, target);
    // The rename is durable only once its directory is: sync it before the database row that points here.
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async read(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    // Opened before the response starts, so a missing file is an error here rather than a broken download.
    await stat(file);
    return createReadStream(file);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    const organisations = await readdir(this.root).catch(() => [] as string[]);
    for (const organisation of organisations) {
      const files = await readdir(path.join(this.root, organisation)).catch(() => [] as string[]);
      for (const file of files) {
        const key = `${organisation}/${file}`;
        if (!isContentKey(key)) continue;
        const info = await stat(path.join(this.root, key)).catch(() => null);
        if (info?.isFile()) yield { key, modifiedAt: info.mtime };
      }
    }
  }

  private pathOf(key: string): string {
    return path.join(this.root, assertContentKey(key));
  }
}
