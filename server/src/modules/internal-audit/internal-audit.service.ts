import type { Change } from '../../common/mutation-id';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notAllowed, notFound } from '../../common/errors';
import { calendarDate, internalAuditDateRefusal, shiftBy, type CycleSpan } from '../../../../workflows/src/rules';
import { assertContentOpen, assertNoRefusal } from '../../common/phase-guard';
import { assertRevision } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { assertNormOfCycle, lockedItemOfCycle, visibleCycle, visibleNorm } from '../access/references';
import { Cycle } from '../cycle/cycle.entity';
import { Role } from '../user/role';
import { User } from '../user/user.entity';
import type { PlanInternalAuditInput } from './dto/plan-internal-audit.input';
import type { RecordInternalAuditFindingInput } from './dto/record-internal-audit-finding.input';
import type { SetInternalAuditStatusInput } from './dto/set-internal-audit-status.input';
import { InternalAuditFinding } from './internal-audit-finding.entity';
import type { InternalAuditLoaders } from './internal-audit.loaders';
import { InternalAudit, InternalAuditStatus } from './internal-audit.entity';

/** Who can be named as an internal auditor, and who can act on an audit (the latter only if named, or QO). */
const AUDIT_ROLES = [Role.ORG_QUALITY_OFFICER, Role.ORG_INTERNAL_AUDITOR] as const;

/**
 * Internal audits are the organisation's own content: plain database writes while the cycle is in
 * INTERNAL_AUDIT. Every write locks the cycle row first, so it cannot interleave with another write on the
 * same cycle or with the projection moving the cycle on.
 */
export class InternalAuditService {
  constructor(private readonly policy: AccessPolicy) {}

  plan(em: EntityManager, user: User, input: PlanInternalAuditInput): Promise<InternalAudit> {
    return em.transactional(async (tx) => {
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // The people named must be ones the planner may see (the organisation's own members); which of them
      // may audit is a rule, judged after the phase.
      const named = await tx.find(User, { id: { $in: input.auditorIds } });
      const visible = named.filter((u) => this.policy.canSeeOrganisationMember(user, u));
      if (visible.length !== input.auditorIds.length) throw notFound('Auditor', 'auditorIds');
      assertContentWriter(this.policy, user, cycle, 'INTERNAL_AUDITS');
      assertContentOpen(cycle, 'INTERNAL_AUDITS', 'Internal audits can be planned');
      assertNoRefusal(internalAuditDateRefusal(input.plannedDate, await cycleSpan(cycle)));

      const unfit = visible.filter((u) => u.organisation?.id !== cycle.organisation.id || !AUDIT_ROLES.some((r) => r === u.role));
      if (unfit.length > 0) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Each auditor must be an internal auditor or the quality officer of this organisation.',
          'auditorIds',
          { invalidAuditorIds: unfit.map((u) => u.id) },
        );
      }
      return tx.create(InternalAudit, {
        cycle: cycle.id,
        unit: input.unit.trim(),
        plannedDate: input.plannedDate,
        auditorIds: input.auditorIds,
        plannedBy: user.id,
      });
    });
  }

  setStatus(em: EntityManager, user: User, input: Change<SetInternalAuditStatusInput>): Promise<InternalAudit> {
    return em.transactional(async (tx) => {
      const { audit, cycle } = await this.lockedAudit(tx, user, input.internalAuditId);
      this.assertAuditActor(user, cycle, audit);
      assertContentOpen(cycle, 'INTERNAL_AUDITS', 'An internal audit can be marked done or cancelled');
      const status = InternalAuditStatus[input.status];
      // Repeating the same status (a retried request) is harmless.
      if (audit.status === status) return audit;
      if (audit.status !== InternalAuditStatus.PLANNED) {
        throw badInput('status', `This internal audit is already ${audit.status}; only a planned audit can be marked done or cancelled.`, 'internalAuditNotPlanned');
      }
      if (status === InternalAuditStatus.DONE && (await tx.count(InternalAuditFinding, { internalAudit: audit.id })) === 0) {
        throw new DomainError('INCOMPLETE', 'Record at least one finding on this internal audit before marking it done.', 'internalAuditId');
      }
      audit.status = status;
      return audit;
    });
  }

  recordFinding(em: EntityManager, user: User, input: Change<RecordInternalAuditFindingInput>): Promise<InternalAuditFinding> {
    return em.transactional(async (tx) => {
      const { audit, cycle } = await this.lockedAudit(tx, user, input.internalAuditId);
      const norm = await visibleNorm(tx, this.policy, user, input.normId);
      this.assertAuditActor(user, cycle, audit);
      assertContentOpen(cycle, 'INTERNAL_AUDIT_FINDINGS');
      if (audit.status !== InternalAuditStatus.PLANNED) {
        throw new DomainError('LOCKED', `This internal audit is ${audit.status}; findings can be recorded only while it is planned.`);
      }
      assertNormOfCycle(norm, cycle);

      // One finding per norm per audit: recording again (or a retried request) replaces the text.
      const existing = await tx.findOne(InternalAuditFinding, { internalAudit: audit.id, norm: norm.id }, { refresh: true });
      await assertRevision(
        input.expectedRevision,
        existing && { revision: existing.revision, value: { strengths: existing.strengths, improvementPoints: existing.improvementPoints }, by: existing.recordedBy, at: existing.updatedAt },
      );
      const finding =
        existing ?? tx.create(InternalAuditFinding, { internalAudit: audit.id, norm: norm.id, strengths: input.strengths, recordedBy: user.id, revision: 0 });
      finding.revision += 1;
      finding.updatedAt = new Date();
      finding.strengths = input.strengths;
      finding.improvementPoints = input.improvementPoints ?? '';
      finding.recordedBy = tx.getReference(User, user.id, { wrapped: true });
      return finding;
    });
  }

  async auditsOf(user: User, cycle: Cycle, loaders: InternalAuditLoaders): Promise<InternalAudit[]> {
    this.policy.assertCanReadCycle(user, cycle);
    return loaders.auditsByCycle.load(cycle.id);
  }

  async auditorsOf(em: EntityManager, audit: InternalAudit): Promise<User[]> {
    // References load through MikroORM's dataloader: the auditors of every audit in a response come in one query.
    const users = await Promise.all(audit.auditorIds.map((id) => em.getReference(User, id, { wrapped: true }).load()));
    return users.filter((u): u is User => !!u);
  }

  /** The audit and its cycle, the cycle row locked, if the caller may see them. */
  private async lockedAudit(tx: EntityManager, user: User, internalAuditId: string): Promise<{ audit: InternalAudit; cycle: Cycle }> {
    const { item, cycle } = await lockedItemOfCycle(tx, this.policy, user, InternalAudit, internalAuditId, 'Internal audit');
    return { audit: item, cycle };
  }

  /** A user of the cycle's organisation in an audit role; an internal auditor must also be named on this audit. */
  private assertAuditActor(user: User, cycle: Cycle, audit: InternalAudit): void {
    this.policy.assertOrganisationActor(user, cycle, AUDIT_ROLES);
    if (user.role !== Role.ORG_QUALITY_OFFICER && !audit.auditorIds.includes(user.id)) {
      throw notAllowed('Only the quality officer or an auditor named on this internal audit may do this.');
    }
  }
}

/** A cycle runs from its start for as long as the certificate it leads to: internal audits are dated inside. */
async function cycleSpan(cycle: Cycle): Promise<CycleSpan> {
  const { rules } = await cycle.frameworkVersion.loadOrFail();
  return { start: calendarDate(cycle.createdAt.getTime()), end: calendarDate(shiftBy(cycle.createdAt.getTime(), rules.certificateValidity)) };
}
