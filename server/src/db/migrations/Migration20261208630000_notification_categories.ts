import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications get categories (whether a step waits on the reader) and are replaced by a newer one on the same
 * occasion of the same cycle. Existing duplicates (dates proposed twice, reminders for the same term) are
 * marked replaced now, keeping the newest; existing notices keep "asks to act" false, as nothing recorded it.
 */
export class Migration20261208630000_notification_categories extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "asks_to_act" boolean not null default false, add column "superseded_at" timestamptz null;`);
    this.addSql(`update "notification" n set "superseded_at" = now()
      where n.cycle_id is not null and n.kind in ('TRANSITION', 'REMINDER', 'OVERDUE') and n.key not like 'respondent-%'
        and exists (select 1 from "notification" m
                     where m.user_id = n.user_id and m.cycle_id = n.cycle_id and split_part(m.key, '#', 1) = split_part(n.key, '#', 1)
                       and (m.created_at, m.id) > (n.created_at, n.id));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "asks_to_act", drop column "superseded_at";`);
  }

}
