import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  programmeConfirmRefusal,
  programmeFitRefusal,
  programmeShapeRefusal,
  uncoveredProgrammeNorms,
  type ProgrammeSlot,
} from '../../../../workflows/src/rules';
import { notFound } from '../../common/errors';
import { queryRows, sql } from '../../common/sql-fragment';
import type { Change } from '../../common/mutation-id';
import { assertContentOpen, assertNoRefusal } from '../../common/phase-guard';
import { assertRevision } from '../../common/revision';
import type { AccessPolicy } from '../access/access-policy';
import { assertContentWriter } from '../access/content-writers';
import { visibleCycle } from '../access/references';
import type { CycleCommandInput } from '../cycle/dto/cycle-command.input';
import type { ExternalAuditLoaders } from '../external-audit/external-audit.loaders';
import { Norm } from '../framework/norm.entity';
import { User } from '../user/user.entity';
import { AuditProgramme } from './audit-programme.entity';
import type { AuditProgrammeSlotInput, SaveAuditProgrammeInput } from './dto/save-audit-programme.input';

const slotOf = (s: AuditProgrammeSlotInput): ProgrammeSlot => ({
  day: s.day,
  startTime: s.startTime,
  endTime: s.endTime,
  group: s.group,
  groupLabel: s.group === 'OTHER' ? (s.groupLabel?.trim() ?? null) : null,
  participants: s.participants?.trim() || null,
  headCount: s.headCount ?? null,
  normIds: s.normIds,
  auditorIds: s.auditorIds ?? [],
});

const byDayAndTime = (a: ProgrammeSlot, b: ProgrammeSlot) => a.day - b.day || a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime);

/**
 * The audit programme: written by the cycle's lead auditor, confirmed by the organisation's quality officer,
 * while the process model's window for it is open. Checks run in the order of docs/error-codes.md: the slots'
 * shape, then every ID named (the cycle, each norm, each auditor), then who may write, where the cycle
 * stands, and how the slots fit the cycle. Every write locks the cycle row, as the other content does.
 */
export class AuditProgrammeService {
  constructor(private readonly policy: AccessPolicy) {}

  save(em: EntityManager, user: User, input: Change<SaveAuditProgrammeInput>): Promise<AuditProgramme> {
    const slots = input.slots.map(slotOf);
    assertNoRefusal(programmeShapeRefusal(slots));
    return em.transactional(async (tx) => {
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.assertReferencesSeen(tx, user, slots);
      assertContentWriter(this.policy, user, cycle, 'AUDIT_PROGRAMME');
      assertContentOpen(cycle, 'AUDIT_PROGRAMME');
      const existing = await tx.findOne(AuditProgramme, { cycle: cycle.id }, { refresh: true });
      await assertRevision(input.expectedRevision, existing && {
        revision: existing.revision,
        value: { slots: existing.slots, confirmedAt: existing.confirmedAt?.toISOString() ?? null },
        by: existing.savedBy,
        at: existing.updatedAt,
      });
      const normIds = (await queryRows<{ id: string }>(tx, sql`select id from norm where framework_version_id = ${cycle.frameworkVersion.id}`)).map((n) => n.id);
      const auditorIds = [cycle.leadAuditor?.id, cycle.coAuditor?.id].filter((id): id is string => !!id);
      assertNoRefusal(programmeFitRefusal(slots, { auditDays: cycle.auditDays, normIds, auditorIds }));

      const programme = existing ?? tx.create(AuditProgramme, { cycle: cycle.id, savedBy: user.id, revision: 0 });
      programme.revision += 1;
      programme.slots = [...slots].sort(byDayAndTime);
      programme.savedBy = tx.getReference(User, user.id, { wrapped: true });
      programme.updatedAt = new Date();
      // A changed programme is a new one for the organisation: it confirms again.
      programme.confirmedBy = null;
      programme.confirmedAt = null;
      return programme;
    });
  }

  confirm(em: EntityManager, user: User, input: Change<CycleCommandInput>): Promise<AuditProgramme> {
    return em.transactional(async (tx) => {
      const cycle = await visibleCycle(tx, this.policy, user, input.cycleId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      assertContentWriter(this.policy, user, cycle, 'AUDIT_PROGRAMME_CONFIRMATION');
      assertContentOpen(cycle, 'AUDIT_PROGRAMME_CONFIRMATION');
      const programme = await tx.findOne(AuditProgramme, { cycle: cycle.id });
      assertNoRefusal(programmeConfirmRefusal(programme?.slots.length ?? 0));
      // Confirming a confirmed programme again keeps the first confirmation.
      if (programme!.confirmedAt === null) {
        programme!.confirmedBy = tx.getReference(User, user.id, { wrapped: true });
        programme!.confirmedAt = new Date();
      }
      return programme!;
    });
  }

  async programmeOf(em: EntityManager, user: User, cycleId: string): Promise<AuditProgramme | null> {
    await visibleCycle(em, this.policy, user, cycleId);
    return em.findOne(AuditProgramme, { cycle: cycleId });
  }

  /** The norms in scope that no slot covers, in the framework's order. */
  async uncoveredNorms(programme: AuditProgramme, loaders: ExternalAuditLoaders): Promise<Norm[]> {
    const cycle = await programme.cycle.loadOrFail();
    const norms = await loaders.normsByVersion.load(cycle.frameworkVersion.id);
    const uncovered = new Set(uncoveredProgrammeNorms(norms.map((n) => n.id), programme.slots));
    return norms.filter((n) => uncovered.has(n.id));
  }

  /** Every norm and auditor named must be one the writer may see; which of them fit the cycle is a rule, judged later. */
  private async assertReferencesSeen(tx: EntityManager, user: User, slots: readonly ProgrammeSlot[]): Promise<void> {
    const normIds = [...new Set(slots.flatMap((s) => s.normIds))];
    const auditorIds = [...new Set(slots.flatMap((s) => s.auditorIds))];
    const [norms, people] = await Promise.all([
      normIds.length ? tx.find(Norm, { id: { $in: normIds } }, { populate: ['frameworkVersion'] }) : [],
      auditorIds.length ? tx.find(User, { id: { $in: auditorIds } }) : [],
    ]);
    const seenNorms = new Set(norms.filter((n) => this.policy.canSeeFrameworkVersion(user, n.frameworkVersion.getEntity())).map((n) => n.id));
    const seenPeople = new Set(people.filter((p) => this.policy.canSeeInstitutionPerson(user, p)).map((p) => p.id));
    for (const [i, slot] of slots.entries()) {
      if (slot.normIds.some((id) => !seenNorms.has(id))) throw notFound('Norm', `slots.${i}.normIds`);
      if (slot.auditorIds.some((id) => !seenPeople.has(id))) throw notFound('Auditor', `slots.${i}.auditorIds`);
    }
  }
}
