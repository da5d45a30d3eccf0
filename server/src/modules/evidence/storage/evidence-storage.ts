import type { Readable } from 'node:stream';

/** What the storage knows about the content it is given; the database row holds the rest. */
export interface ContentInfo {
  size: number;
  sha256: string;
  type: string;
}

export interface StoredObject {
  key: string;
  modifiedAt: Date;
}

/**
 * Where evidence bytes live, by content address (`<organisationId>/<sha256>`). An upload is always
 * streamed into a spool file on local disk first (see spool-folder.ts): the address is known only once
 * the last byte is hashed. `commit` then moves the complete spool file to its address, atomically
 * (rename on a folder, one PUT on object storage), so an address never holds half a file.
 *
 * Two implementations: a folder (the default) and S3-compatible object storage (when a bucket is set).
 */
export interface EvidenceStorage {
  /** For start-up logs. */
  readonly description: string;
  /** Moves a complete spool file to `key`. Content at `key` is the same by construction, so replacing it is harmless. */
  commit(spoolPath: string, key: string, content: ContentInfo): Promise<void>;
  /** The bytes at `key`, as a stream (never read into memory). */
  read(key: string): Promise<Readable>;
  /** Removes `key`; removing what is not there is not an error. */
  remove(key: string): Promise<void>;
  /** Every stored object, for the sweeper. */
  list(): AsyncIterable<StoredObject>;
  /** The text of the store's marker (which database it belongs to, see store-ownership.ts), or null when there is none. */
  readMarker(): Promise<string | null>;
  /** Writes the marker only if there is none yet, so of two writers one wins; false when one was there. */
  createMarker(text: string): Promise<boolean>;
}

/** The name of a store's marker, at the top of the store; never a content key, so never listed or swept. */
export const STORE_MARKER = 'store-marker.json';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{64}$/;

export function contentKey(organisationId: string, sha256: string): string {
  return assertContentKey(`${organisationId.toLowerCase()}/${sha256}`);
}

/** Keys become file paths and object names: only the exact shape we make is accepted (no `..`, no slashes more). */
export function assertContentKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not an evidence content key: ${JSON.stringify(key)}`);
  return key;
}

export function isContentKey(key: string): boolean {
  return KEY.test(key);
}
