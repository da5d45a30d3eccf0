import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';
import { Role } from '../user/role';
import type { User } from '../user/user.entity';

/*
 * The combination test (variant COMBINED): the organisation takes part in the peer advisory assessment and is
 * audited by a certifying institution as well. The lead and co-auditor of its COMBINED cycle read the final
 * learning reports of the assessment that belongs to that cycle, read-only, as part of what they audit
 * (docs/peer-review.md). The assessment belongs to the cycle through the organisation's sign-up, which carries
 * the cycle: only the visit of the organisation in the group of that sign-up counts, never a report of an
 * earlier or unlinked assessment of the same organisation. Nobody else of an institution reads a learning
 * report, and a report that is not final stays the group's business.
 */

/** The final learning reports of the peer assessment linked to a COMBINED cycle, newest first; narrowed as given. */
async function linkedReportIds(em: EntityManager, scope: { visitId?: string; cycleId?: string; auditorId?: string }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    em,
    sql`select r.id
          from peer_learning_report r
          join peer_visit v on v.id = r.visit_id
          join peer_group_member m on m.group_id = v.group_id and m.organisation_id = v.organisation_id
          join peer_review_sign_up s on s.id = m.sign_up_id
          join cycle c on c.id = s.cycle_id and c.organisation_id = v.organisation_id
         where r.status = 'FINAL' and c.variant = 'COMBINED'
           ${scope.visitId ? sql`and v.id = ${scope.visitId}` : sql``}
           ${scope.cycleId ? sql`and c.id = ${scope.cycleId}` : sql``}
           ${scope.auditorId ? sql`and (c.lead_auditor_id = ${scope.auditorId} or c.co_auditor_id = ${scope.auditorId})` : sql``}
         order by r.finalised_at desc, r.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * The IDs of the final learning reports the user reads as auditor of the COMBINED cycle they belong to;
 * narrowed to one visit or one cycle when given. Empty for anyone but an auditor.
 */
export function auditedLearningReportIds(em: EntityManager, user: User, scope: { visitId?: string; cycleId?: string }): Promise<string[]> {
  if (user.role !== Role.AUDITOR) return Promise.resolve([]);
  return linkedReportIds(em, { ...scope, auditorId: user.id });
}

/** The IDs of the final learning reports of the peer assessment linked to a COMBINED cycle, newest first (the caller reads the cycle). */
export function cycleLearningReportIds(em: EntityManager, cycleId: string): Promise<string[]> {
  return linkedReportIds(em, { cycleId });
}
