import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupedBy } from '../../common/group-by';
import { ImprovementAction } from './improvement-action.entity';

/** Per-request batch: the actions of many cycles in one query, in the order they were added. */
export function createImprovementPlanLoaders(em: EntityManager) {
  return {
    actionsByCycle: new DataLoader<string, ImprovementAction[]>(async (cycleIds) => {
      const rows = await em.find(ImprovementAction, { cycle: { $in: [...cycleIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedBy(cycleIds, rows, (a) => a.cycle.id);
    }),
  };
}

export type ImprovementPlanLoaders = ReturnType<typeof createImprovementPlanLoaders>;
