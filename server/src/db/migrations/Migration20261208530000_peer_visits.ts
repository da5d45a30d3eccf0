import { Migration } from '@mikro-orm/migrations';

/** The visits of a peer group (docs/peer-review.md): each member once per group, by a pair of peer auditors. */
export class Migration20261208530000_peer_visits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "peer_visit_status" as enum ('PLANNED', 'CONFIRMED');`);
    this.addSql(`create table "peer_visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "group_id" uuid not null, "organisation_id" uuid not null, "date" date not null, "first_auditor_id" uuid not null, "second_auditor_id" uuid not null, "status" "peer_visit_status" not null default 'PLANNED', "planned_by_id" uuid not null, "planned_at" timestamptz not null, "confirmed_by_id" uuid null, "confirmed_at" timestamptz null, constraint "peer_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "peer_visit_organisation_id_index" on "peer_visit" ("organisation_id");`);
    this.addSql(`create index "peer_visit_first_auditor_id_index" on "peer_visit" ("first_auditor_id");`);
    this.addSql(`create index "peer_visit_second_auditor_id_index" on "peer_visit" ("second_auditor_id");`);
    this.addSql(`create index "peer_visit_date_index" on "peer_visit" ("date");`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_group_id_organisation_id_unique" unique ("group_id", "organisation_id");`);

    this.addSql(`alter table "peer_visit" add constraint "peer_visit_group_id_foreign" foreign key ("group_id") references "peer_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_first_auditor_id_foreign" foreign key ("first_auditor_id") references "peer_auditor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_second_auditor_id_foreign" foreign key ("second_auditor_id") references "peer_auditor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_planned_by_id_foreign" foreign key ("planned_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "peer_visit" add constraint "peer_visit_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "peer_visit" cascade;`);

    this.addSql(`drop type "peer_visit_status";`);
  }

}
