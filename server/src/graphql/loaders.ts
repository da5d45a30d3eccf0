import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { queryRows, sql } from '../common/sql-fragment';
import { Certificate } from '../modules/certificate/certificate.entity';
import { Cycle } from '../modules/cycle/cycle.entity';
import { createInternalAuditLoaders } from '../modules/internal-audit/internal-audit.loaders';
import { createExternalAuditLoaders } from '../modules/external-audit/external-audit.loaders';
import { createImprovementPlanLoaders } from '../modules/improvement-plan/improvement-plan.loaders';
import { createOrganisationLoaders } from '../modules/organisation/organisation.loaders';
import { createEvidenceLoaders } from '../modules/evidence/evidence.loaders';
import { createPeerReviewLoaders } from '../modules/peer-review/peer-review.loaders';
import { createFrameworkLoaders } from '../modules/framework/framework.loaders';
import { createSelfEvaluationLoaders } from '../modules/self-evaluation/self-evaluation.loaders';
import { createLearningThemeLoaders } from '../modules/learning/learning-theme.loaders';
import { createClimateScanLoaders } from '../modules/learning/climate-scan.loaders';
import { createLearningSessionLoaders } from '../modules/learning/learning-session.loaders';

/**
 * Per-request batch loaders for computed fields, so a list of 100 cycles costs one query per field rather
 * than one per row. Entity references are batched by MikroORM's own dataloader.
 */
export function createLoaders(em: EntityManager) {
  const conn = em; // em.execute joins the transaction, the raw connection would not
  return {
    scoredAnswers: new DataLoader<string, number>(async (cycleIds) => {
      const rows = await queryRows<{ cycle_id: string; n: string }>(conn, sql`select cycle_id, count(*) as n from self_evaluation_answer
         where cycle_id in (${[...cycleIds]}) and score is not null group by cycle_id`);
      const byId = new Map(rows.map((r) => [r.cycle_id, Number(r.n)]));
      return cycleIds.map((id) => byId.get(id) ?? 0);
    }),
    normCount: new DataLoader<string, number>(async (versionIds) => {
      const rows = await queryRows<{ framework_version_id: string; n: string }>(conn, sql`select framework_version_id, count(*) as n from norm where framework_version_id in (${[...versionIds]}) group by framework_version_id`);
      const byId = new Map(rows.map((r) => [r.framework_version_id, Number(r.n)]));
      return versionIds.map((id) => byId.get(id) ?? 0);
    }),
    /** Cycles by ID, for lists that name cycles (the register): one query for the page. */
    cycleById: new DataLoader<string, Cycle | null>(async (ids) => {
      const cycles = await em.find(Cycle, { id: { $in: [...ids] } });
      const byId = new Map(cycles.map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The certificate a cycle issued (at most one per cycle), or null. */
    certificateByCycle: new DataLoader<string, Certificate | null>(async (cycleIds) => {
      const certificates = await em.find(Certificate, { cycle: { $in: [...cycleIds] } });
      const byCycle = new Map(certificates.map((c) => [c.cycle.id, c]));
      return cycleIds.map((id) => byCycle.get(id) ?? null);
    }),
    internalAudit: createInternalAuditLoaders(em),
    externalAudit: createExternalAuditLoaders(em),
    improvementPlan: createImprovementPlanLoaders(em),
    organisation: createOrganisationLoaders(em),
    evidence: createEvidenceLoaders(em),
    framework: createFrameworkLoaders(em),
    peerReview: createPeerReviewLoaders(em),
    selfEvaluation: createSelfEvaluationLoaders(em),
    learningTheme: createLearningThemeLoaders(em),
    climateScan: createClimateScanLoaders(em),
    learningSession: createLearningSessionLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
