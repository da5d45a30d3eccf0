import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../../common/sql-fragment';
import type { EvidenceLink } from '../evidence/evidence-link.entity';
import { PartyKind } from '../user/role';
import type { User } from '../user/user.entity';

/*
 * The one way people of another organisation read an organisation's self-evaluation and its evidence: as one of
 * the two peer auditors of the organisation's visit in a peer group, from the day the visit is planned until its
 * learning report is final (docs/peer-review.md). They read the organisation's current cycle (the open one),
 * the answers and the evidence linked to norms and answers; they write nothing and see nothing else of it.
 * Everything else stays NOT_FOUND, as for an ID of nothing.
 */

export interface PeerReading {
  visitId: string;
  /** The visited organisation's open cycle; null when it has none. */
  cycleId: string | null;
}

/** The visits the user reads for now as peer auditor, each with the visited organisation's open cycle. */
export async function peerReadings(em: EntityManager, user: User, visitId?: string): Promise<PeerReading[]> {
  // Peer auditors are members of organisations; nobody else is ever one.
  if (user.partyKind !== PartyKind.ORGANISATION) return [];
  const rows = await queryRows<{ visit_id: string; cycle_id: string | null }>(
    em,
    sql`select v.id as visit_id, c.id as cycle_id
          from peer_visit v
          join peer_auditor a on a.id in (v.first_auditor_id, v.second_auditor_id)
          join peer_learning_report r on r.visit_id = v.id
          left join cycle c on c.organisation_id = v.organisation_id and c.closed_at is null
         where a.person_id = ${user.id} and r.status <> 'FINAL' ${visitId ? sql`and v.id = ${visitId}` : sql``}`,
  );
  return rows.map((r) => ({ visitId: r.visit_id, cycleId: r.cycle_id }));
}

/** The reading of one visit, or null when the user does not (or no longer) read it. */
export async function peerReadingOf(em: EntityManager, user: User, visitId: string): Promise<PeerReading | null> {
  return (await peerReadings(em, user, visitId))[0] ?? null;
}

/** Evidence links a peer auditor reads: those of the self-evaluation (to a norm or an answer) in the cycles read. */
export function peerReadableLinks(cycleIds: string[]): FilterQuery<EvidenceLink> {
  return { cycle: { $in: cycleIds }, $or: [{ norm: { $ne: null } }, { selfEvaluationAnswer: { $ne: null } }] };
}
