import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { CycleWorkflowInput } from '../../../../workflows/src/messages';
import { durationsFrom, type StoredSchemeRules } from '../cycle/cycle-durations';
import { queryRows, sql } from '../../common/sql-fragment';

/**
 * The certificate an award issues (it is also the register entry) and the next cycle that recertification
 * opens. Both are keyed by the cycle, so a retried activity finds what the first attempt wrote.
 * `testSecondsDurations` is the TEST_SECONDS_DURATIONS setting (see durationsFrom).
 */
export function createCertificateActivities(orm: MikroORM, testSecondsDurations = false) {
  return {
    async issueCertificate(input: { cycleId: string; validFrom: string; validUntil: string }): Promise<{ number: string }> {
      return orm.em.fork().transactional(async (em) => {
        const conn = em; // em.execute joins the transaction, the raw connection would not
        await queryRows(conn, sql`insert into certificate (id, created_at, number, cycle_id, organisation_id, certifying_institution_id, framework_version_id,
                                    variant, whole_organisation, scope_units, valid_from, valid_until, status, status_changed_at)
           select ${randomUUID()}, now(),
                  'KSSW-' || to_char(${input.validFrom}::timestamptz, 'YYYY') || '-' || lpad(nextval('certificate_number_seq')::text, 5, '0'),
                  c.id, c.organisation_id, c.certifying_institution_id, c.framework_version_id,
                  c.variant, c.whole_organisation, c.scope_units, ${input.validFrom}, ${input.validUntil}, 'VALID', now()
             from cycle c where c.id = ${input.cycleId}
           on conflict (cycle_id) do nothing`);
        const [row] = await queryRows<{ number: string }>(conn, sql`select number from certificate where cycle_id = ${input.cycleId}`);
        if (!row) throw new Error(`cycle ${input.cycleId} does not exist`);
        return { number: row.number };
      });
    },

    async openNextCycle({ cycleId }: { cycleId: string }): Promise<{ nextCycleId: string; workflowInput: CycleWorkflowInput }> {
      return orm.em.fork().transactional(async (em) => {
        const conn = em; // em.execute joins the transaction, the raw connection would not
        const [existing] = await queryRows<{ id: string }>(conn, sql`select id from cycle where previous_cycle_id = ${cycleId}`);
        const nextCycleId = existing?.id ?? randomUUID();
        if (!existing) {
          // The organisation's current cycle is the new one from now on; the certified one stays valid.
          await queryRows(conn, sql`update cycle set closed_at = coalesce(closed_at, now()) where id = ${cycleId}`);
          // The next cycle uses the newest published framework version, with the organisation's current size.
          await queryRows(conn, sql`insert into cycle (id, created_at, organisation_id, framework_version_id, started_by_id, variant, whole_organisation,
                                scope_units, fte, phase, seq, phase_changed_at, previous_cycle_id)
             select ${nextCycleId}, now(), c.organisation_id,
                    coalesce((select id from framework_version where status = 'PUBLISHED' order by effective_date desc, created_at desc limit 1), c.framework_version_id),
                    c.started_by_id, c.variant, c.whole_organisation, c.scope_units, o.fte, 'PREPARATION', 0, now(), c.id
               from cycle c join organisation o on o.id = c.organisation_id where c.id = ${cycleId}`);
          // Open improvement actions carry over and keep being tracked in the next cycle.
          await queryRows(conn, sql`insert into improvement_action (id, created_at, cycle_id, norm_id, what, owner, due_date, success_indicator, status,
                                             progress_note, carried_over_from_id, updated_by_id, updated_at)
             select gen_random_uuid(), now(), ${nextCycleId}, a.norm_id, a.what, a.owner, a.due_date, a.success_indicator, a.status,
                    a.progress_note, a.id, a.updated_by_id, now()
               from improvement_action a where a.cycle_id = ${cycleId} and a.status <> 'DONE'`);
        }
        const [next] = await queryRows<{ organisation_id: string; started_by_id: string; rules: StoredSchemeRules }>(conn, sql`select c.organisation_id, c.started_by_id, v.rules from cycle c join framework_version v on v.id = c.framework_version_id where c.id = ${nextCycleId}`);
        return {
          nextCycleId,
          workflowInput: {
            cycleId: nextCycleId,
            organisationId: next.organisation_id,
            startedBy: next.started_by_id,
            durations: durationsFrom(next.rules, testSecondsDurations),
            previousCycleId: cycleId,
          },
        };
      });
    },
  };
}
