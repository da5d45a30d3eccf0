import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { Norm } from '../framework/norm.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { AuditFinding } from './audit-finding.entity';
import { AuditReport } from './audit-report.entity';

/** The framework's order: categories by position, norms by position inside them. */
const FRAMEWORK_ORDER = { category: { position: 'asc' }, position: 'asc' } as const;

/** Per-request batches for the audit views: one query per kind of row, however many cycles are asked for. */
export function createExternalAuditLoaders(em: EntityManager) {
  return {
    findingsByCycle: new DataLoader<string, AuditFinding[]>(async (cycleIds) => {
      const rows = await em.find(AuditFinding, { cycle: { $in: [...cycleIds] } }, { orderBy: { norm: FRAMEWORK_ORDER } });
      return groupedBy(cycleIds, rows, (f) => f.cycle.id);
    }),
    reportsByCycle: new DataLoader<string, AuditReport[]>(async (cycleIds) => {
      const rows = await em.find(AuditReport, { cycle: { $in: [...cycleIds] } }, { orderBy: { issuedAt: 'asc', id: 'asc' } });
      return groupedBy(cycleIds, rows, (r) => r.cycle.id);
    }),
    answersByCycle: new DataLoader<string, SelfEvaluationAnswer[]>(async (cycleIds) => {
      const rows = await em.find(SelfEvaluationAnswer, { cycle: { $in: [...cycleIds] } });
      return groupedBy(cycleIds, rows, (a) => a.cycle.id);
    }),
    normsByVersion: new DataLoader<string, Norm[]>(async (versionIds) => {
      const rows = await em.find(
        Norm,
        { frameworkVersion: { $in: [...versionIds] } },
        { orderBy: FRAMEWORK_ORDER, populate: ['category'] },
      );
      return groupedBy(versionIds, rows, (n) => n.frameworkVersion.id);
    }),
  };
}

export type ExternalAuditLoaders = ReturnType<typeof createExternalAuditLoaders>;
