import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { ImprovementAction } from './improvement-action.entity';
import { PlanReviewRecord } from './plan-review.entity';

/** Per-request batch: the actions of many cycles in one query, in the order they were added. */
export function createImprovementPlanLoaders(em: EntityManager) {
  return {
    actionsByCycle: new DataLoader<string, ImprovementAction[]>(async (cycleIds) => {
      const rows = await em.find(ImprovementAction, { cycle: { $in: [...cycleIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedBy(cycleIds, rows, (a) => a.cycle.id);
    }),
    reviewsByCycle: new DataLoader<string, PlanReviewRecord[]>(async (cycleIds) => {
      const rows = await em.find(PlanReviewRecord, { cycle: { $in: [...cycleIds] } }, { orderBy: { seq: 'asc' } });
      return groupedBy(cycleIds, rows, (r) => r.cycle.id);
    }),
  };
}

export type ImprovementPlanLoaders = ReturnType<typeof createImprovementPlanLoaders>;
