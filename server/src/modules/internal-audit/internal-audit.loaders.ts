import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { InternalAuditFinding } from './internal-audit-finding.entity';
import { InternalAudit } from './internal-audit.entity';

/** Per-request batches: the audits of many cycles, and the findings of many audits, one query each. */
export function createInternalAuditLoaders(em: EntityManager) {
  return {
    auditsByCycle: new DataLoader<string, InternalAudit[]>(async (cycleIds) => {
      const rows = await em.find(
        InternalAudit,
        { cycle: { $in: [...cycleIds] } },
        { orderBy: { plannedDate: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return groupedBy(cycleIds, rows, (a) => a.cycle.id);
    }),
    findingsByAudit: new DataLoader<string, InternalAuditFinding[]>(async (auditIds) => {
      const rows = await em.find(
        InternalAuditFinding,
        { internalAudit: { $in: [...auditIds] } },
        { orderBy: { norm: { category: { position: 'asc' }, position: 'asc' }, createdAt: 'asc' } },
      );
      return groupedBy(auditIds, rows, (f) => f.internalAudit.id);
    }),
  };
}

export type InternalAuditLoaders = ReturnType<typeof createInternalAuditLoaders>;
