import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, notAllowed, notFound } from '../../common/errors';
import { decodeCursor, pageFrom, type Page } from '../../common/pagination';
import { containsPattern, queryRows, sql } from '../../common/sql-fragment';
import type { AccessPolicy } from '../access/access-policy';
import { peerReadableLinks, peerReadings } from '../access/peer-auditor-reading';
import { REMEMBER_ID, type MutationReceipts } from '../receipt/mutation-receipts';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';
import { removeIfUnreferenced } from './content-lock';
import type { AddEvidenceVersionInput } from './dto/add-evidence-version.input';
import type { DeleteEvidenceInput } from './dto/delete-evidence.input';
import { UPLOADERS } from './evidence-intake.service';
import { EvidenceLink } from './evidence-link.entity';
import { isLinkLocked, lockedLinkRefusal } from './evidence-lock-rules';
import type { EvidenceLoaders } from './evidence.loaders';
import { appendVersion } from './evidence-versions';
import { Evidence } from './evidence.entity';
import type { Phase, Step } from '../cycle/cycle-enums';
import type { EvidenceStorage } from './storage/evidence-storage';

/** A member of the evidence's own organisation (any role): they see the whole library. */
export function isMemberOf(user: User, organisationId: string): boolean {
  return user.partyKind === PartyKind.ORGANISATION && user.organisation?.id === organisationId;
}

/** The organisation's evidence library: reading, access for downloads, versions and deletion. */
export class EvidenceLibraryService {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly storage: EvidenceStorage,
    private readonly receipts: MutationReceipts,
  ) {}

  /** The newest version of each document of your organisation, newest first. */
  async list(em: EntityManager, user: User, first: number, after?: string | null, search?: string | null): Promise<Page<Evidence>> {
    if (user.partyKind !== PartyKind.ORGANISATION || !user.organisation) throw notAllowed('The evidence library belongs to an organisation; open evidence through a cycle.');
    const scoped = () => {
      const qb = em.createQueryBuilder(Evidence, 'e').where({ organisation: user.organisation!.id });
      qb.andWhere('not exists (select 1 from evidence n where n.previous_version_id = e.id)');
      if (search?.trim()) qb.andWhere({ name: { $ilike: containsPattern(search.trim()) } });
      return qb;
    };
    const cursor = after ? decodeCursor(after) : null;
    const page = scoped();
    if (cursor) page.andWhere({ $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] });
    const [rows, total] = await Promise.all([
      page.orderBy({ createdAt: 'desc', id: 'desc' }).limit(first + 1).getResultList(),
      scoped().getCount(),
    ]);
    return pageFrom(rows, first, total);
  }

  /**
   * The evidence if the user may download it, else null (answered as "not found", so its existence is not
   * revealed): members of its organisation, whoever may see a cycle it is linked in, and the peer auditors who
   * read that cycle's self-evaluation (access/peer-auditor-reading.ts).
   */
  async findReadable(em: EntityManager, user: User, id: string): Promise<Evidence | null> {
    const evidence = await em.findOne(Evidence, { id });
    if (!evidence) return null;
    if (isMemberOf(user, evidence.organisation.id)) return evidence;
    const linked = await em.count(EvidenceLink, { evidence: evidence.id, cycle: this.policy.cycleFilter(user) });
    if (linked > 0) return evidence;
    // A peer auditor reads the self-evaluation's evidence of the organisation visited, while the visit runs.
    const read = (await peerReadings(em, user)).flatMap((r) => (r.cycleId ? [r.cycleId] : []));
    return read.length > 0 && (await em.count(EvidenceLink, { $and: [{ evidence: evidence.id }, peerReadableLinks(read)] })) > 0 ? evidence : null;
  }

  /** One file by its ID for whoever may download it (see findReadable); anyone else gets NOT_FOUND, as for an ID of nothing. */
  async readable(em: EntityManager, user: User, id: string): Promise<Evidence> {
    const evidence = await this.findReadable(em, user, id);
    if (!evidence) throw notFound('Evidence');
    return evidence;
  }

  async addVersion(tx: EntityManager, user: User, input: AddEvidenceVersionInput): Promise<Evidence> {
    this.assertLibrarian(user);
    const next = await tx.findOne(Evidence, { id: input.evidenceId, organisation: user.organisation!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!next) throw notFound('Evidence');
    await appendVersion(tx, user.organisation!.id, input.previousEvidenceId, next);
    return next;
  }

  /**
   * Deletes the newest version of a document, unless a submitted phase holds it. The row goes in the
   * transaction; the bytes after the commit (under the content lock), so a failed delete loses nothing.
   */
  async delete(em: EntityManager, user: User, input: DeleteEvidenceInput): Promise<string> {
    let key: string | null = null;
    const id = await this.receipts.once(em, user, {
      operation: 'deleteEvidence',
      clientMutationId: input.clientMutationId,
      run: async (tx) => {
        const evidence = await this.deleteRow(tx, user, input.evidenceId);
        key = evidence.storageKey;
        return evidence.id;
      },
      remember: REMEMBER_ID,
    });
    if (key) await removeIfUnreferenced(em, key, (k) => this.storage.remove(k));
    return id;
  }

  versionsOf(user: User, evidence: Evidence, loaders: EvidenceLoaders): Promise<Evidence[]> | Evidence[] {
    // Someone outside the organisation sees a file through a cycle link; other versions need their own link.
    return isMemberOf(user, evidence.organisation.id) ? loaders.versionsByDocument.load(evidence.documentId) : [evidence];
  }

  /** The links of a file in the cycles the user may see (all of them for its organisation's members). */
  async linksOf(user: User, evidence: Evidence, loaders: EvidenceLoaders): Promise<EvidenceLink[]> {
    const links = await loaders.linksByEvidence.load(evidence.id);
    return links.filter((l) => this.policy.canReadCycle(user, l.cycle.getEntity()));
  }

  private async deleteRow(tx: EntityManager, user: User, evidenceId: string): Promise<Evidence> {
    this.assertLibrarian(user);
    const evidence = await tx.findOne(Evidence, { id: evidenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!evidence || !isMemberOf(user, evidence.organisation.id)) throw notFound('Evidence');
    if ((await tx.count(Evidence, { previousVersion: evidence.id })) > 0) {
      throw new DomainError('CONFLICT', 'A newer version of this document exists; only the newest version can be deleted.', 'evidenceId');
    }
    // The cycles it is linked in, row-locked (in one order, so two deletes cannot deadlock), so no
    // submission can lock a phase between this check and the delete.
    const links = await queryRows<
      { linked_in_phase: Phase; phase: Phase; step: Step | null; self_evaluation_locked_at: Date | null; action_status: string | null }
    >(tx, sql`select l.linked_in_phase, c.phase, c.step, c.self_evaluation_locked_at, a.status as action_status
       from evidence_link l join cycle c on c.id = l.cycle_id left join improvement_action a on a.id = l.improvement_action_id
       where l.evidence_id = ${evidence.id} order by c.id for update of c`);
    const locked = links.some((l) =>
      isLinkLocked(l.linked_in_phase, { phase: l.phase, step: l.step, selfEvaluationLockedAt: l.self_evaluation_locked_at }, l.action_status === 'DONE'),
    );
    if (locked) throw lockedLinkRefusal('deleted');
    // Links and carry-over answers go with it (foreign keys on delete cascade).
    await tx.nativeDelete(Evidence, { id: evidence.id });
    return evidence;
  }

  private assertLibrarian(user: User): void {
    if (user.partyKind !== PartyKind.ORGANISATION || !user.organisation || !UPLOADERS.includes(user.role)) {
      throw notAllowed(`Only ${UPLOADERS.join(' or ')} of the organisation may change its evidence.`);
    }
  }
}
