import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';
import { advisoryLock } from './content-lock';
import { quotaExceeded, tooLarge } from './upload/upload-refusal';

/**
 * Bytes an organisation keeps: the size of each of its evidence rows. The same content is one row per
 * organisation (unique on organisation and SHA-256), so a file uploaded twice counts once; every version
 * of a document is a file of its own and counts.
 */
export async function storedBytes(em: EntityManager, organisationId: string): Promise<number> {
  const [row] = await queryRows<{ used: number }>(em, sql`select coalesce(sum(size), 0)::float8 as used from evidence where organisation_id = ${organisationId}`);
  return row.used;
}

/**
 * Taken before the last quota check and held until the row is committed: two uploads of one organisation
 * at once are counted one after the other, so together they cannot pass the quota either.
 */
export function lockQuota(tx: EntityManager, organisationId: string): Promise<void> {
  return advisoryLock(tx, `evidence-quota:${organisationId}`);
}

/** How much one upload may be, now: the per-file limit or what is left of the organisation's quota, whichever is less. */
export class UploadRoom {
  constructor(
    readonly fileMaxBytes: number,
    readonly quotaBytes: number,
    readonly usedBytes: number,
  ) {}

  get maxBytes(): number {
    return Math.max(0, Math.min(this.fileMaxBytes, this.quotaBytes - this.usedBytes));
  }

  /** The refusal for a file of `bytes` (more than maxBytes): too large for any upload, or too large for what is left. */
  refusal(bytes = this.maxBytes + 1) {
    return bytes > this.fileMaxBytes ? tooLarge(this.fileMaxBytes) : quotaExceeded(this.quotaBytes, this.usedBytes);
  }
}
