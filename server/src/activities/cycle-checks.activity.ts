import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Facts the workflow checks before a command completes. They read content the organisation and auditors
 * wrote in the database; the self-evaluation check also locks the answers in the same transaction.
 */
export function createCycleChecks(orm: MikroORM) {
  const query = <T>(sql: string, params: unknown[]) => orm.em.fork().execute<T[]>(sql, params as never[]);

  return {
    async lockSelfEvaluation({ cycleId }: { cycleId: string }): Promise<{ unscoredNormCodes: string[] }> {
      return orm.em.fork().transactional(async (em) => {
        const conn = em; // em.execute joins the transaction, the raw connection would not
        // Row lock: an answer being saved right now either lands before the lock or is refused after it.
        const [cycle] = await conn.execute<{ framework_version_id: string; self_evaluation_locked_at: Date | null }[]>(
          `select framework_version_id, self_evaluation_locked_at from cycle where id = ? for update`,
          [cycleId],
        );
        if (!cycle) throw new Error(`cycle ${cycleId} does not exist`);
        if (cycle.self_evaluation_locked_at) return { unscoredNormCodes: [] };
        const unscored = await conn.execute<{ code: string }[]>(
          `select n.code from norm n
             join framework_category c on c.id = n.category_id
             left join self_evaluation_answer a on a.norm_id = n.id and a.cycle_id = ?
           where n.framework_version_id = ? and a.score is null
           order by c.position, n.position`,
          [cycleId, cycle.framework_version_id],
        );
        if (unscored.length === 0) {
          await conn.execute(`update cycle set self_evaluation_locked_at = now() where id = ?`, [cycleId]);
        }
        return { unscoredNormCodes: unscored.map((r) => r.code) };
      });
    },

    async countInternalAudits({ cycleId }: { cycleId: string }) {
      // Under the cycle's row lock, like every content write: an audit planned at this moment counts or waits.
      const rows = await orm.em.fork().transactional(async (em) => {
        const conn = em; // em.execute joins the transaction, the raw connection would not
        await conn.execute(`select 1 from cycle where id = ? for update`, [cycleId]);
        return conn.execute<{ status: string; n: number }[]>(
          `select status, count(*)::int as n from internal_audit where cycle_id = ? group by status`,
          [cycleId],
        );
      });
      const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
      return { planned: count('PLANNED'), done: count('DONE'), cancelled: count('CANCELLED') };
    },

    async missingAuditFindings({ cycleId }: { cycleId: string }): Promise<{ normCodes: string[] }> {
      const rows = await query<{ code: string }>(
        `select n.code from cycle c
           join norm n on n.framework_version_id = c.framework_version_id
           join framework_category fc on fc.id = n.category_id
           left join audit_finding f on f.cycle_id = c.id and f.norm_id = n.id
         where c.id = ? and f.id is null
         order by fc.position, n.position`,
        [cycleId],
      );
      return { normCodes: rows.map((r) => r.code) };
    },

    /** Findings below MEETS, or with improvement points, whose norm has no improvement action yet. */
    async uncoveredImprovementPoints({ cycleId }: { cycleId: string }): Promise<{ normCodes: string[] }> {
      const rows = await query<{ code: string }>(
        `select n.code from audit_finding f
           join norm n on n.id = f.norm_id
         where f.cycle_id = ?
           and (f.score in ('PARTLY_MEETS', 'DOES_NOT_MEET') or btrim(f.improvement_points) <> '')
           and not exists (select 1 from improvement_action a where a.cycle_id = f.cycle_id and a.norm_id = f.norm_id)
         order by n.code`,
        [cycleId],
      );
      return { normCodes: rows.map((r) => r.code) };
    },
  };
}
