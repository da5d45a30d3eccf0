import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';

/*
 * The combination test (variant COMBINED): the organisation takes part in the peer advisory assessment and is
 * audited by a certifying institution as well. The lead and co-auditor of its COMBINED cycle read its final
 * learning reports, read-only, as part of what they audit (docs/peer-review.md). Nobody else of an
 * institution reads a learning report, and a report that is not final stays the group's business.
 */

/**
 * The IDs of the final learning reports the user reads as auditor of a COMBINED cycle of the visited
 * organisation; narrowed to one visit or one cycle when given. Empty for anyone but an auditor.
 */
export async function auditedLearningReportIds(em: EntityManager, user: User, scope: { visitId?: string; cycleId?: string }): Promise<string[]> {
  if (user.role !== Role.AUDITOR) return [];
  const rows = await queryRows<{ id: string }>(
    em,
    sql`select r.id
          from peer_learning_report r
          join peer_visit v on v.id = r.visit_id
         where r.status = 'FINAL'
           ${scope.visitId ? sql`and v.id = ${scope.visitId}` : sql``}
           and exists (select 1 from cycle c
                        where c.organisation_id = v.organisation_id and c.variant = 'COMBINED'
                          and (c.lead_auditor_id = ${user.id} or c.co_auditor_id = ${user.id})
                          ${scope.cycleId ? sql`and c.id = ${scope.cycleId}` : sql``})
         order by r.finalised_at desc, r.id`,
  );
  return rows.map((r) => r.id);
}
