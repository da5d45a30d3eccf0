import type { MikroORM } from '@mikro-orm/postgresql';
import type { CycleActivities, PeerGroupActivities, PeerGroupProgressFacts } from '../../../../workflows/src/activities';
import type { Variant } from '../../../../workflows/src/rules';
import { queryRows, sql } from '../../common/sql-fragment';

/**
 * The database side of the peer group's workflow: how far the group is (members, confirmed visits, final
 * learning reports, the members' linked cycles), and its deadline notices, sent through each member cycle's
 * notifications. Reads, and notices keyed per cycle and occasion: safe to repeat.
 */
export function createPeerGroupActivities(orm: MikroORM, notify: CycleActivities['notify']): PeerGroupActivities {
  const progress = async (groupId: string): Promise<PeerGroupProgressFacts> => {
    const conn = orm.em.fork();
    const [row] = await queryRows<{ members: number; visits_confirmed: number; reports_final: number; cycle_ids: string[] }>(
      conn,
      sql`select (select count(*)::int from peer_group_member m where m.group_id = ${groupId}) as members,
                 (select count(*)::int from peer_visit v where v.group_id = ${groupId} and v.status = 'CONFIRMED') as visits_confirmed,
                 (select count(*)::int from peer_learning_report r join peer_visit v on v.id = r.visit_id
                   where v.group_id = ${groupId} and r.status = 'FINAL') as reports_final,
                 coalesce((select array_agg(s.cycle_id order by s.cycle_id) from peer_group_member m join peer_review_sign_up s on s.id = m.sign_up_id
                   where m.group_id = ${groupId} and s.cycle_id is not null), '{}') as cycle_ids`,
    );
    return { members: row.members, visitsConfirmed: row.visits_confirmed, reportsFinal: row.reports_final, memberCycleIds: row.cycle_ids };
  };
  return {
    peerGroupProgress: ({ groupId }) => progress(groupId),
    async notifyPeerGroup({ groupId, key, kind, message }) {
      for (const cycleId of (await progress(groupId)).memberCycleIds) {
        await notify({ cycleId, key: `${key}#${groupId}`, audience: ['ORGANISATION'], kind, message });
      }
    },
  };
}

/** The cycle's variant as it stands, for the workflow's choice of path after the internal audit. */
export function createCycleVariantActivity(orm: MikroORM): Pick<CycleActivities, 'cycleVariant'> {
  return {
    async cycleVariant({ cycleId }) {
      const [row] = await queryRows<{ variant: Variant }>(orm.em.fork(), sql`select variant from cycle where id = ${cycleId}`);
      if (!row) throw new Error(`cycle ${cycleId} does not exist`);
      return { variant: row.variant };
    },
  };
}
