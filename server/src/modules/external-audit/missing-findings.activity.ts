import type { MikroORM } from '@mikro-orm/postgresql';
import { normsWithoutFinding } from '../../../../workflows/src/rules';
import { Cycle } from '../cycle/cycle.entity';
import { normCodesInOrder } from '../framework/norm-order';
import { AuditFinding } from './audit-finding.entity';

/** The norms (in the framework's order) that have no external-audit finding yet; the model decides. */
export function createMissingFindingsActivity(orm: MikroORM) {
  return {
    async missingAuditFindings({ cycleId }: { cycleId: string }): Promise<{ normCodes: string[] }> {
      const em = orm.em.fork();
      const cycle = await em.findOneOrFail(Cycle, { id: cycleId });
      const [norms, findings] = await Promise.all([
        normCodesInOrder(em, cycle.frameworkVersion.id),
        em.find(AuditFinding, { cycle: cycleId }, { populate: ['norm'] }),
      ]);
      return { normCodes: normsWithoutFinding(norms, findings.map((f) => f.norm.getEntity().code)) };
    },
  };
}
