import type { Config } from '../../../config';
import type { EvidenceStorage } from './evidence-storage';
import { FolderStorage } from './folder-storage';
import { S3Storage } from './s3-storage';

/** The folder under EVIDENCE_DIR by default; S3-compatible object storage when EVIDENCE_S3_BUCKET is set. */
export function createEvidenceStorage(config: Config): EvidenceStorage {
  if (!config.EVIDENCE_S3_BUCKET) return new FolderStorage(config.EVIDENCE_DIR);
  return new S3Storage({
    bucket: config.EVIDENCE_S3_BUCKET,
    region: config.EVIDENCE_S3_REGION,
    endpoint: config.EVIDENCE_S3_ENDPOINT,
    accessKeyId: config.EVIDENCE_S3_ACCESS_KEY_ID,
    secretAccessKey: config.EVIDENCE_S3_SECRET_ACCESS_KEY,
  });
}
