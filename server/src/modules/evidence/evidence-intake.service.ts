import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { notAllowed, notFound } from '../../common/errors';
import { queryRows, sql } from '../../common/sql-fragment';
import { Cycle } from '../cycle/cycle.entity';
import { PartyKind, Role } from '../user/role';
import type { User } from '../user/user.entity';
import { lockContent, removeIfUnreferenced } from './content-lock';
import { Evidence } from './evidence.entity';
import { lockQuota, storedBytes, UploadRoom } from './evidence-quota';
import { appendVersion } from './evidence-versions';
import { contentKey, type EvidenceStorage } from './storage/evidence-storage';
import type { SpoolFolder } from './storage/spool-folder';
import type { StoreOwnership } from './store/store-ownership';
import type { ReceivedFile } from './upload/receive-upload';
import { quotaExceeded } from './upload/upload-refusal';

export const UPLOADERS: readonly Role[] = [Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR];

export interface IntakeLimits {
  /** Largest single file (EVIDENCE_MAX_BYTES). */
  maxBytes: number;
  /** What one organisation may keep in all (EVIDENCE_QUOTA_BYTES). */
  quotaBytes: number;
}

export interface StoreRequest {
  file: ReceivedFile;
  cycleId?: string;
  previousEvidenceId?: string;
}

/**
 * Turns a received upload into stored evidence. Order, for crash safety: the bytes are complete and on
 * disk in the spool; then, under the content lock, they move to their content address; then the row is
 * inserted and committed. A crash before the move leaves a spool file, after it an unreferenced content
 * file; the sweeper removes either. A row never points at bytes that are not there.
 */
export class EvidenceIntake {
  constructor(
    private readonly storage: EvidenceStorage,
    private readonly spool: SpoolFolder,
    private readonly ownership: StoreOwnership,
    private readonly limits: IntakeLimits,
  ) {}

  assertMayUpload(user: User): void {
    if (user.partyKind !== PartyKind.ORGANISATION || !user.organisation || !UPLOADERS.includes(user.role)) {
      throw notAllowed(`Only ${UPLOADERS.join(' or ')} of an organisation may upload evidence.`);
    }
  }

  /**
   * Everything an upload can be refused for before its body is read: the user's role, a store that is
   * another database's (ForeignStoreError), and an organisation with no room left. Returns how much this
   * upload may be.
   */
  async admit(em: EntityManager, user: User): Promise<UploadRoom> {
    this.assertMayUpload(user);
    await this.ownership.assertOwned(em);
    const room = new UploadRoom(this.limits.maxBytes, this.limits.quotaBytes, await storedBytes(em, user.organisation!.id));
    if (room.maxBytes === 0) throw room.refusal();
    return room;
  }

  /** Stores the upload, or finds the organisation's existing evidence with the same content (`created` false). */
  async store(em: EntityManager, user: User, request: StoreRequest): Promise<{ evidence: Evidence; created: boolean }> {
    this.assertMayUpload(user);
    const organisationId = user.organisation!.id;
    const { file } = request;
    const key = contentKey(organisationId, file.sha256);
    let moved = false;
    try {
      return await em.transactional(async (tx) => {
        if (request.cycleId && !(await tx.findOne(Cycle, { id: request.cycleId, organisation: organisationId }))) throw notFound('Cycle');
        await lockContent(tx, key);
        const existing = await tx.findOne(Evidence, { organisation: organisationId, sha256: file.sha256 });
        if (existing) return { evidence: existing, created: false };
        // Counted again here: admit() counted before the body came, and other uploads may have been stored since.
        await lockQuota(tx, organisationId);
        const used = await storedBytes(tx, organisationId);
        if (used + file.size > this.limits.quotaBytes) throw quotaExceeded(this.limits.quotaBytes, used);

        await this.storage.commit(file.spoolPath, key, file);
        moved = true;
        const id = randomUUID();
        // The unique (organisation, sha256) index decides; under the content lock no other upload of this
        // content can be between our check and this insert, but the index holds even without the lock.
        const inserted = await queryRows<{ id: string }>(tx, sql`insert into evidence (id, created_at, organisation_id, uploaded_by_id, uploaded_for_cycle_id, name, original_name, type, size, sha256, storage_key, document_id)
           values (${id}, now(), ${organisationId}, ${user.id}, ${request.cycleId ?? null}, ${file.name}, ${file.originalName}, ${file.type}, ${file.size}, ${file.sha256}, ${key}, ${id}) on conflict (organisation_id, sha256) do nothing returning id`);
        const evidence = await tx.findOneOrFail(Evidence, inserted.length ? { id } : { organisation: organisationId, sha256: file.sha256 });
        if (!inserted.length) return { evidence, created: false };
        if (request.previousEvidenceId) await appendVersion(tx, organisationId, request.previousEvidenceId, evidence);
        return { evidence, created: true };
      });
    } catch (err) {
      // Rolled back after the move: the bytes at the address may now be referenced by nothing.
      if (moved) await removeIfUnreferenced(em, key, (k) => this.storage.remove(k)).catch(() => undefined);
      throw err;
    } finally {
      await this.spool.discard(file.spoolPath);
    }
  }

  /** Called when the request failed before `store`: the spool file goes at once rather than at the next sweep. */
  discard(file: ReceivedFile): Promise<void> {
    return this.spool.discard(file.spoolPath);
  }
}
