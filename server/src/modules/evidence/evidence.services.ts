import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import type { AccessPolicy } from '../access/access-policy';
import type { MutationReceipts } from '../receipt/mutation-receipts';
import type { User } from '../user/user.entity';
import { EvidenceCarryOverService } from './evidence-carry-over.service';
import { EvidenceIntake } from './evidence-intake.service';
import { EvidenceLibraryService } from './evidence-library.service';
import { EvidenceLinkService } from './evidence-link.service';
import { storedBytes } from './evidence-quota';
import type { EvidenceUploadRules } from './evidence-upload-rules.view';
import { createEvidenceStorage } from './storage/create-storage';
import { StoreOwnership } from './store/store-ownership';
import { ALLOWED_TYPES_TEXT, EVIDENCE_TYPES } from './upload/allowed-types';
import { SpoolFolder } from './storage/spool-folder';

/** The evidence module's parts, sharing one storage and one spool folder per process. */
export function createEvidenceServices(config: Config, policy: AccessPolicy, receipts: MutationReceipts) {
  const storage = createEvidenceStorage(config);
  const spool = new SpoolFolder(config.EVIDENCE_DIR);
  const ownership = new StoreOwnership(storage);
  return {
    storage,
    spool,
    ownership,
    intake: new EvidenceIntake(storage, spool, ownership, { maxBytes: config.EVIDENCE_MAX_BYTES, quotaBytes: config.EVIDENCE_QUOTA_BYTES }),
    library: new EvidenceLibraryService(policy, storage, receipts),
    links: new EvidenceLinkService(policy),
    carryOver: new EvidenceCarryOverService(policy, receipts),
    uploadRules: async (em: EntityManager, user: User): Promise<EvidenceUploadRules> => ({
      maxBytes: config.EVIDENCE_MAX_BYTES,
      allowedTypes: Object.values(EVIDENCE_TYPES),
      allowedTypesText: ALLOWED_TYPES_TEXT,
      quotaBytes: config.EVIDENCE_QUOTA_BYTES,
      usedBytes: user.organisation ? await storedBytes(em, user.organisation.id) : 0,
    }),
  };
}

export type EvidenceServices = ReturnType<typeof createEvidenceServices>;
