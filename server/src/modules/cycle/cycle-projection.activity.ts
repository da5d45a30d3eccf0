import { raw } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { CyclePatch, TransitionRecord } from '../../../../workflows/src/activities';
import { Certificate, type CertificateStatus } from '../certificate/certificate.entity';
import { AuditReport, ReportKind } from '../external-audit/audit-report.entity';
import { PlanReviewRecord } from '../improvement-plan/plan-review.entity';
import { CycleTransition } from './cycle-transition.entity';
import { Cycle } from './cycle.entity';
import { DEFAULT_LOCALE, eventText } from './process-texts';

/**
 * Writes one transition of the cycle workflow: the audit-trail row, the projected state and the content
 * that came with the command, in one transaction. The (cycle, seq) key makes it exactly-once: when the
 * row is already there (a retry after a crash), nothing else is written either.
 */
export function createProjectionActivity(orm: MikroORM) {
  return {
    async projectTransition(record: TransitionRecord): Promise<void> {
      await orm.em.fork().transactional(async (em) => {
        const { affectedRows } = await em
          .createQueryBuilder(CycleTransition)
          .insert({
            id: randomUUID(),
            cycle: record.cycleId,
            seq: record.seq,
            fromPhase: record.fromPhase,
            toPhase: record.toPhase,
            command: record.command,
            actor: record.actorId,
            at: new Date(record.at),
            // Records from before events had codes carry the sentence itself.
            summary: record.event ? eventText(record.event, DEFAULT_LOCALE) : (record.summary ?? ''),
            event: record.event ?? null,
          })
          .onConflict(['cycle', 'seq'])
          .ignore()
          .execute('run');
        if (affectedRows === 0) return;
        await applyCycle(em, record);
        await applyContent(em, record);
      });
    },
  };
}

/** The patch in the entity's own terms: the three references arrive as IDs. */
function cycleChanges(patch: CyclePatch) {
  const { certifyingInstitutionId, leadAuditorId, coAuditorId, closed: _closed, dueAt, ...plain } = patch;
  return {
    ...plain,
    ...(certifyingInstitutionId !== undefined && { certifyingInstitution: certifyingInstitutionId }),
    ...(leadAuditorId !== undefined && { leadAuditor: leadAuditorId }),
    ...(coAuditorId !== undefined && { coAuditor: coAuditorId }),
    ...(dueAt !== undefined && { dueAt: dueAt === null ? null : new Date(dueAt) }),
  };
}

async function applyCycle(em: EntityManager, record: TransitionRecord): Promise<void> {
  const patch = record.effects?.cycle ?? {};
  // Only move forward: a late retry of an older transition must not roll the state back.
  await em.nativeUpdate(Cycle, { id: record.cycleId, seq: { $lt: record.seq } }, {
    ...cycleChanges(patch),
    phase: record.toPhase,
    seq: record.seq,
    // The phase's start moves only when the phase changes, not with a step inside it.
    phaseChangedAt: raw('case when phase = ? then phase_changed_at else ?::timestamptz end', [record.toPhase, record.at]),
    ...(patch.closed && { closedAt: raw('coalesce(closed_at, ?::timestamptz)', [record.at]) }),
  });
}

async function applyContent(em: EntityManager, { effects, cycleId, actorId, at, seq }: TransitionRecord): Promise<void> {
  const when = new Date(at);
  if (effects?.report) {
    const { kind, summary, strengths, improvementPoints, advice } = effects.report;
    em.create(AuditReport, { cycle: cycleId, kind: ReportKind[kind], summary, strengths, improvementPoints, advice, issuedBy: actorId, issuedAt: when });
  }
  if (effects?.reply) {
    await em.nativeUpdate(AuditReport, { cycle: cycleId, kind: ReportKind.DRAFT }, { reply: effects.reply.text, repliedAt: when });
  }
  if (effects?.planReview) {
    em.create(PlanReviewRecord, { cycle: cycleId, seq, review: effects.planReview.review, comments: effects.planReview.comments, reviewer: actorId, at: when });
  }
  const cert = effects?.certificate;
  if (cert) {
    await em.nativeUpdate(Certificate, { cycle: cycleId }, { status: cert.status as CertificateStatus, statusReason: cert.reason, statusChangedAt: when });
  }
}
