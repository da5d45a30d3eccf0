import type { MikroORM } from '@mikro-orm/postgresql';
import { uncoveredImprovementPoints } from '../../../../workflows/src/rules';
import { AuditFinding } from '../external-audit/audit-finding.entity';
import { ImprovementAction } from './improvement-action.entity';

/** Findings the plan must answer that have no action on their norm yet; which ones is the model's call. */
export function createUncoveredPointsActivity(orm: MikroORM) {
  return {
    async uncoveredImprovementPoints({ cycleId }: { cycleId: string }): Promise<{ normCodes: string[] }> {
      const em = orm.em.fork();
      const [findings, actions] = await Promise.all([
        em.find(AuditFinding, { cycle: cycleId }, { populate: ['norm'] }),
        em.find(ImprovementAction, { cycle: cycleId, norm: { $ne: null } }, { populate: ['norm'] }),
      ]);
      const facts = findings.map((f) => ({ normCode: f.norm.getEntity().code, score: f.score, improvementPoints: f.improvementPoints }));
      return { normCodes: uncoveredImprovementPoints(facts, actions.map((a) => a.norm!.getEntity().code)) };
    },
  };
}
