import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../../services';
import { User } from '../../modules/user/user.entity';
import { Role } from '../../modules/user/role';
import { Norm } from '../../modules/framework/norm.entity';
import type { FrameworkVersion } from '../../modules/framework/framework-version.entity';
import type { Organisation } from '../../modules/organisation/organisation.entity';
import { DEMO_CYCLE_STATES } from './demo-accounts';

const SCORE_PATTERN = ['MEETS', 'MEETS', 'PARTLY_MEETS', 'MEETS'] as const;

/**
 * Brings demo organisations' cycles into different phases through the real services and workflows (the
 * workflow owns the phase, so a seed must not write it). Mutation IDs are fixed, so a rerun repeats nothing.
 */
export async function seedDemoCycles(
  em: EntityManager,
  services: Services,
  framework: FrameworkVersion,
  organisations: Map<string, Organisation>,
): Promise<void> {
  for (const [key, target] of Object.entries(DEMO_CYCLE_STATES)) {
    const org = organisations.get(key)!;
    const officer = await em.findOneOrFail(User, { organisation: org.id, role: Role.ORG_QUALITY_OFFICER });
    const cycle = await services.cycles.start(em, officer, {
      variant: 'EXTERNAL_AUDIT',
      wholeOrganisation: true,
      scopeUnits: [],
      fte: org.fte,
      frameworkVersionId: framework.id,
    });
    if (target === 'PREPARATION') continue;
    const prepared = await services.cycleCommands.completePreparation(em, officer, { cycleId: cycle.id, clientMutationId: `demo-prepare-${cycle.id}` });
    const norms = await em.find(Norm, { frameworkVersion: framework.id }, { orderBy: { code: 'asc' } });
    const toScore = target === 'SELF_EVALUATION' ? norms.slice(0, Math.ceil(norms.length / 2)) : norms;
    if (prepared.phase === 'SELF_EVALUATION') {
      for (const [i, norm] of toScore.entries()) {
        await services.selfEvaluation.save(em, officer, {
          cycleId: cycle.id,
          normId: norm.id,
          score: SCORE_PATTERN[i % SCORE_PATTERN.length],
          goesWell: 'Teams bespreken casuïstiek wekelijks (demotekst).',
          toImprove: i % 3 === 2 ? 'Het leren vastleggen in een teamleeragenda (demotekst).' : '',
        });
      }
    }
    if (target === 'INTERNAL_AUDIT') {
      await services.cycleCommands.submitSelfEvaluation(em, officer, { cycleId: cycle.id, clientMutationId: `demo-submit-${cycle.id}` });
    }
  }
}
