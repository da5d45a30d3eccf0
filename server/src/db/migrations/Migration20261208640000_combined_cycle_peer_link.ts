import { Migration } from '@mikro-orm/migrations';

/**
 * A sign-up now carries the organisation's COMBINED cycle as it carries a PEER_REVIEW one (docs/peer-review.md,
 * The combination test): linked when the organisation signs up, or when its group is formed or confirmed.
 * Sign-ups made before this change are linked as that rule would have linked them: to the organisation's open
 * COMBINED cycle when they were made after the cycle started, or their group was not formed before it. A sign-up
 * whose group was formed before the cycle started belongs to an earlier assessment and stays unlinked.
 */
export class Migration20261208640000_combined_cycle_peer_link extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "peer_review_sign_up" s set "cycle_id" = c.id
      from "cycle" c
      where s.cycle_id is null and c.organisation_id = s.organisation_id and c.variant = 'COMBINED' and c.closed_at is null
        and (s.created_at >= c.created_at
             or not exists (select 1 from "peer_group_member" m join "peer_group" g on g.id = m.group_id
                             where m.sign_up_id = s.id and g.status = 'FORMED' and g.decided_at < c.created_at));`);
  }

  override async down(): Promise<void> {
    // The links stay: without this change they are read by nothing but the group's notices and progress.
  }

}
