import { Migration } from '@mikro-orm/migrations';

/** Audit-trail events and notifications keep the workflow's code and data, worded per reader when read. */
export class Migration20261204150000_process_messages extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "cycle_transition" add column "event" jsonb null;`);
    this.addSql(`alter table "notification" add column "message" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cycle_transition" drop column "event";`);
    this.addSql(`alter table "notification" drop column "message";`);
  }

}
