import type { MikroORM } from '@mikro-orm/postgresql';
import { lockCycle } from '../cycle/cycle-lock';
import { InternalAudit, InternalAuditStatus } from './internal-audit.entity';

/** The cycle's internal audits by status, under the cycle's row lock: one planned right now counts or waits. */
export function createInternalAuditCountActivity(orm: MikroORM) {
  return {
    async countInternalAudits({ cycleId }: { cycleId: string }) {
      const audits = await orm.em.fork().transactional(async (em) => {
        await lockCycle(em, cycleId);
        return em.find(InternalAudit, { cycle: cycleId }, { fields: ['status'] });
      });
      const count = (status: InternalAuditStatus) => audits.filter((a) => a.status === status).length;
      return { planned: count(InternalAuditStatus.PLANNED), done: count(InternalAuditStatus.DONE), cancelled: count(InternalAuditStatus.CANCELLED) };
    },
  };
}
