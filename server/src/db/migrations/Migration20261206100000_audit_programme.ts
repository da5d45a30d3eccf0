import { Migration } from '@mikro-orm/migrations';

/**
 * The audit programme of a cycle: one row per cycle, its interview slots as one JSON array (saved and
 * replaced as a whole), and who confirmed it for the organisation.
 */
export class Migration20261206100000_audit_programme extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_programme" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "slots" jsonb not null default '[]', "saved_by_id" uuid not null, "updated_at" timestamptz not null default now(), "confirmed_by_id" uuid null, "confirmed_at" timestamptz null, constraint "audit_programme_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_programme" add constraint "audit_programme_cycle_id_unique" unique ("cycle_id");`);

    this.addSql(`alter table "audit_programme" add constraint "audit_programme_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_programme" add constraint "audit_programme_saved_by_id_foreign" foreign key ("saved_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "audit_programme" add constraint "audit_programme_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_programme" cascade;`);
  }

}
