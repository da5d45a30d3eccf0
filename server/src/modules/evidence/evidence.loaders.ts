import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { EvidenceLink } from './evidence-link.entity';
import { Evidence } from './evidence.entity';

/** Per-request batches for evidence fields: one query per kind, however many cycles or files a response has. */
export function createEvidenceLoaders(em: EntityManager) {
  return {
    linksByCycle: new DataLoader<string, EvidenceLink[]>(async (cycleIds) => {
      const rows = await em.find(EvidenceLink, { cycle: { $in: [...cycleIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedBy(cycleIds, rows, (l) => l.cycle.id);
    }),
    /** The links of each file, with their cycle (for access), in the order they were made. */
    linksByEvidence: new DataLoader<string, EvidenceLink[]>(async (evidenceIds) => {
      const rows = await em.find(EvidenceLink, { evidence: { $in: [...evidenceIds] } }, { populate: ['cycle'], orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedBy(evidenceIds, rows, (l) => l.evidence.id);
    }),
    /** Every version of each document, oldest first. */
    versionsByDocument: new DataLoader<string, Evidence[]>(async (documentIds) => {
      const rows = await em.find(Evidence, { documentId: { $in: [...documentIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedBy(documentIds, rows, (e) => e.documentId);
    }),
    /** The ID of the version that replaced each evidence, if any. */
    nextVersionId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await em.find(Evidence, { previousVersion: { $in: [...ids] } }, { fields: ['id', 'previousVersion'] });
      const next = new Map(rows.map((r) => [r.previousVersion!.id, r.id]));
      return ids.map((id) => next.get(id) ?? null);
    }),
  };
}

export type EvidenceLoaders = ReturnType<typeof createEvidenceLoaders>;
