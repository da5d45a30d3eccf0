import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertContentKey, isContentKey, STORE_MARKER, type EvidenceStorage, type StoredObject } from './evidence-storage';

/**
 * Evidence in a folder: `<EVIDENCE_DIR>/content/<organisationId>/<sha256>`, and the store's marker in
 * `<EVIDENCE_DIR>/store-marker.json`. The default, and what the tests run against. Files are written once
 * (renamed in from the spool) and never changed.
 */
export class FolderStorage implements EvidenceStorage {
  readonly description: string;
  private readonly root: string;
  /** At the top of EVIDENCE_DIR: it speaks for the content and for the spool beside it, which the sweeper also clears. */
  private readonly marker: string;

  constructor(evidenceDir: string) {
    this.root = path.join(path.resolve(evidenceDir), 'content');
    this.marker = path.join(path.resolve(evidenceDir), STORE_MARKER);
    this.description = `folder ${path.resolve(evidenceDir)}`;
  }

  async commit(spoolPath: string, key: string): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    await mkdir(dir, { recursive: true });
    await rename(spoolPath, target);
    // The rename is durable only once its directory is: sync it before the database row that points here.
    await syncDirectory(dir);
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

  async readMarker(): Promise<string | null> {
    try {
      return await readFile(this.marker, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async createMarker(text: string): Promise<boolean> {
    const dir = path.dirname(this.marker);
    await mkdir(dir, { recursive: true });
    try {
      // wx: created only if absent, which the file system decides for two writers at once.
      await writeFile(this.marker, text, { flag: 'wx', mode: 0o644, flush: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
    await syncDirectory(dir);
    return true;
  }

  private pathOf(key: string): string {
    return path.join(this.root, assertContentKey(key));
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
