import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../common/errors';
import { Evidence } from './evidence.entity';

/**
 * Puts `next` after `previousId` in a document's version chain. The previous version is row-locked and
 * must be the newest of its document; the unique index on previous_version_id is the last word if two
 * requests still race. `next` must be a document of its own (one version), so chains never merge.
 */
export async function appendVersion(tx: EntityManager, organisationId: string, previousId: string, next: Evidence): Promise<void> {
  if (previousId === next.id) throw badInput('previousEvidenceId', 'A file cannot be a new version of itself.', 'versionOfItself');
  const previous = await tx.findOne(Evidence, { id: previousId, organisation: organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  // A reference: the new version (the operation's target) is the caller's, the document it continues must be too.
  if (!previous) throw notFound('Evidence', 'previousEvidenceId');
  if ((await tx.count(Evidence, { previousVersion: previous.id })) > 0) {
    throw newerVersionExists();
  }
  const ownDocument = next.previousVersion === null && next.documentId === next.id;
  if (!ownDocument || (await tx.count(Evidence, { documentId: next.id, id: { $ne: next.id } })) > 0) {
    throw badInput('evidenceId', 'This evidence already belongs to a version chain; upload the file again to add it as a version.', 'inVersionChain');
  }
  next.previousVersion = tx.getReference(Evidence, previous.id, { wrapped: true });
  next.documentId = previous.documentId;
  try {
    await tx.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw newerVersionExists();
    throw err;
  }
}

const newerVersionExists = () =>
  new DomainError('CONFLICT', 'This evidence already has a newer version; add the new version to the newest one.', 'previousEvidenceId');
