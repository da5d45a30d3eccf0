import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { CyclePatch, TransitionRecord } from '../../../workflows/src/activities';

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

/** Column of the cycle table for each patch field; the rest of the patch language lives in the workflow. */
const COLUMNS: Record<Exclude<keyof CyclePatch, 'closed'>, string> = {
  step: 'step',
  certifyingInstitutionId: 'certifying_institution_id',
  leadAuditorId: 'lead_auditor_id',
  coAuditorId: 'co_auditor_id',
  auditDays: 'audit_days',
  auditDaysComputed: 'audit_days_computed',
  auditDaysOverrideReason: 'audit_days_override_reason',
  proposedAuditDates: 'proposed_audit_dates',
  confirmedAuditDate: 'confirmed_audit_date',
  dueAt: 'due_at',
  overdue: 'overdue',
  advice: 'advice',
  decision: 'decision',
  decisionReason: 'decision_reason',
};

/**
 * Writes one transition of the cycle workflow: the audit-trail row, the projected state and the content
 * that came with the command, in one transaction. The (cycle, seq) key makes it exactly-once: when the
 * row is already there (a retry after a crash), nothing else is written either.
 */
export function createProjectionActivity(orm: MikroORM) {
  return {
    async projectTransition(record: TransitionRecord): Promise<void> {
      await orm.em.fork().transactional(async (em) => {
        const conn = em; // em.execute joins the transaction, the raw connection would not
        const exec: Execute = (sql, params) => conn.execute(sql, params as never[]);
        const inserted = await conn.execute<{ id: string }[]>(
          `insert into cycle_transition (id, cycle_id, seq, from_phase, to_phase, command, actor_id, at, summary, created_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
           on conflict (cycle_id, seq) do nothing returning id`,
          [randomUUID(), record.cycleId, record.seq, record.fromPhase, record.toPhase, record.command, record.actorId, record.at, record.summary],
        );
        if (inserted.length === 0) return;
        await applyCycle(exec, record);
        await applyContent(exec, record);
      });
    },
  };
}

async function applyCycle(exec: Execute, record: TransitionRecord): Promise<void> {
  const patch = record.effects?.cycle ?? {};
  const sets = ['phase = ?', 'seq = ?', 'phase_changed_at = case when phase = ? then phase_changed_at else ? end'];
  const params: unknown[] = [record.toPhase, record.seq, record.toPhase, record.at];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (patch[key] === undefined) continue;
    const value = patch[key];
    // The query builder would spread an array into a list of parameters; pass it as one array literal.
    sets.push(Array.isArray(value) ? `${column} = ?::text[]` : `${column} = ?`);
    params.push(Array.isArray(value) ? toArrayLiteral(value) : value);
  }
  if (patch.closed) {
    sets.push('closed_at = coalesce(closed_at, ?)');
    params.push(record.at);
  }
  // Only move forward: a late retry of an older transition must not roll the state back.
  await exec(`update cycle set ${sets.join(', ')} where id = ? and seq < ?`, [...params, record.cycleId, record.seq]);
}

function toArrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

async function applyContent(exec: Execute, { effects, cycleId, actorId, at, seq }: TransitionRecord): Promise<void> {
  if (effects?.report) {
    const r = effects.report;
    await exec(
      `insert into audit_report (id, created_at, cycle_id, kind, summary, strengths, improvement_points, advice, issued_by_id, issued_at)
       values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), cycleId, r.kind, r.summary, r.strengths, r.improvementPoints, r.advice, actorId, at],
    );
  }
  if (effects?.reply) {
    await exec(`update audit_report set reply = ?, replied_at = ? where cycle_id = ? and kind = 'DRAFT'`, [effects.reply.text, at, cycleId]);
  }
  if (effects?.planReview) {
    await exec(
      `insert into improvement_plan_review (id, created_at, cycle_id, seq, review, comments, reviewer_id, at) values (?, now(), ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), cycleId, seq, effects.planReview.review, effects.planReview.comments, actorId, at],
    );
  }
  const cert = effects?.certificate;
  if (cert) {
    await exec(`update certificate set status = ?, status_reason = ?, status_changed_at = ? where cycle_id = ?`, [cert.status, cert.reason, at, cycleId]);
  }
}
