import type { Change } from '../../common/mutation-id';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertContentOpen } from '../../common/phase-guard';
import { assertRevision } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { assertNormOfCycle, visibleCycle, visibleNorm } from '../access/references';
import type { Cycle } from '../cycle/cycle.entity';
import { findingVersion, markFindingSaved } from '../framework/norm-finding.entity';
import { User } from '../user/user.entity';
import { AuditFinding } from './audit-finding.entity';
import { canReadAuditFindings } from './audit-finding-visibility';
import type { RecordAuditFindingInput } from './dto/record-audit-finding.input';
import type { ExternalAuditLoaders } from './external-audit.loaders';
import type { NormAssessment } from './norm-assessment.view';


/** The auditors' findings per norm: plain database writes by the assigned auditors while auditing. */
export class AuditFindingService {
  constructor(private readonly policy: AccessPolicy) {}

  record(em: EntityManager, user: User, input: Change<RecordAuditFindingInput>): Promise<AuditFinding> {
    return em.transactional(async (tx) => {
      // Row lock on the cycle: a finding cannot land after the draft report moved the cycle on.
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      assertContentWriter(this.policy, user, cycle, 'AUDIT_FINDINGS');
      assertContentOpen(cycle, 'AUDIT_FINDINGS');
      assertNormOfCycle(norm, cycle);

      // One finding per norm (unique in the table); lead and co-auditor edit the same one.
      const existing = await tx.findOne(AuditFinding, { cycle: cycle.id, norm: norm.id }, { refresh: true });
      await assertRevision(input.expectedRevision, existing && findingVersion(existing, { score: existing.score, strengths: existing.strengths, improvementPoints: existing.improvementPoints }));
      const finding = existing ?? tx.create(AuditFinding, { cycle: cycle.id, norm: norm.id, score: input.score, recordedBy: user.id, revision: 0 });
      finding.score = input.score;
      finding.strengths = input.strengths;
      finding.improvementPoints = input.improvementPoints;
      markFindingSaved(tx, finding, user.id);
      return finding;
    });
  }

  /** The findings the user may see; the organisation gets none before the draft report. */
  async findingsOf(user: User, cycle: Cycle, loaders: ExternalAuditLoaders): Promise<AuditFinding[]> {
    this.policy.assertCanReadCycle(user, cycle);
    return canReadAuditFindings(this.policy, user, cycle) ? loaders.findingsByCycle.load(cycle.id) : [];
  }

  /** Every norm of the cycle's framework version, in the framework's order, with answer and finding. */
  async assessmentOf(user: User, cycle: Cycle, loaders: ExternalAuditLoaders): Promise<NormAssessment[]> {
    this.policy.assertCanReadCycle(user, cycle);
    const [norms, answers, findings] = await Promise.all([
      loaders.normsByVersion.load(cycle.frameworkVersion.id),
      loaders.answersByCycle.load(cycle.id),
      this.findingsOf(user, cycle, loaders),
    ]);
    const answerOf = new Map(answers.map((a) => [a.norm.id, a]));
    const findingOf = new Map(findings.map((f) => [f.norm.id, f]));
    return norms.map((norm) => ({
      normId: norm.id,
      normCode: norm.code,
      categoryCode: norm.category.getEntity().code,
      norm,
      selfEvaluation: answerOf.get(norm.id) ?? null,
      finding: findingOf.get(norm.id) ?? null,
    }));
  }
}
