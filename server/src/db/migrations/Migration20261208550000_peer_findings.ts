import { Migration } from '@mikro-orm/migrations';

/**
 * The findings of a peer visit and its learning report (docs/peer-review.md). Every visit has one report from
 * its planning; visits planned before this migration get theirs as drafts.
 */
export class Migration20261208550000_peer_findings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "learning_report_status" as enum ('DRAFT', 'ISSUED', 'REPLIED', 'FINAL');`);
    this.addSql(`create table "peer_learning_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "visit_id" uuid not null, "status" "learning_report_status" not null default 'DRAFT', "summary" text null, "issued_by_id" uuid null, "issued_at" timestamptz null, "reply" text null, "replied_by_id" uuid null, "replied_at" timestamptz null, "finalised_by_id" uuid null, "finalised_at" timestamptz null, "shared_at" timestamptz null, constraint "peer_learning_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "peer_learning_report" add constraint "peer_learning_report_visit_id_unique" unique ("visit_id");`);
    this.addSql(`alter table "peer_learning_report" add constraint "peer_learning_report_visit_id_foreign" foreign key ("visit_id") references "peer_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_learning_report" add constraint "peer_learning_report_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "peer_learning_report" add constraint "peer_learning_report_replied_by_id_foreign" foreign key ("replied_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "peer_learning_report" add constraint "peer_learning_report_finalised_by_id_foreign" foreign key ("finalised_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`insert into "peer_learning_report" ("id", "visit_id") select gen_random_uuid(), "id" from "peer_visit";`);

    this.addSql(`create table "peer_finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "visit_id" uuid not null, "norm_id" uuid not null, "goes_well" text not null, "intention" text not null default '', "learning_points" text not null default '', "revision" integer not null default 1, "recorded_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "peer_finding_pkey" primary key ("id"));`);
    this.addSql(`alter table "peer_finding" add constraint "peer_finding_visit_id_norm_id_unique" unique ("visit_id", "norm_id");`);
    this.addSql(`alter table "peer_finding" add constraint "peer_finding_visit_id_foreign" foreign key ("visit_id") references "peer_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_finding" add constraint "peer_finding_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade;`);
    this.addSql(`alter table "peer_finding" add constraint "peer_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "peer_finding" cascade;`);
    this.addSql(`drop table if exists "peer_learning_report" cascade;`);
    this.addSql(`drop type "learning_report_status";`);
  }

}
