import { Migration } from '@mikro-orm/migrations';

/** The learning year report and scan rounds linked as evidence to norms of a cycle (docs/learning.md). */
export class Migration20261208620100_learning_evidence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_evidence_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "norm_id" uuid not null, "learning_year_report_id" uuid null, "climate_scan_round_id" uuid null, "linked_in_phase" text not null, "linked_by_id" uuid null, constraint "learning_evidence_link_pkey" primary key ("id"), constraint "learning_evidence_link_one_source" check (num_nonnulls(learning_year_report_id, climate_scan_round_id) = 1));`);
    this.addSql(`create index "learning_evidence_link_cycle_id_index" on "learning_evidence_link" ("cycle_id");`);
    this.addSql(`create unique index "learning_evidence_link_source_unique" on "learning_evidence_link" ("cycle_id", "norm_id", coalesce("learning_year_report_id", "climate_scan_round_id"));`);
    this.addSql(`alter table "learning_evidence_link" add constraint "learning_evidence_link_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_evidence_link" add constraint "learning_evidence_link_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_evidence_link" add constraint "learning_evidence_link_learning_year_report_id_foreign" foreign key ("learning_year_report_id") references "learning_year_report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_evidence_link" add constraint "learning_evidence_link_climate_scan_round_id_foreign" foreign key ("climate_scan_round_id") references "climate_scan_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_evidence_link" add constraint "learning_evidence_link_linked_by_id_foreign" foreign key ("linked_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "learning_evidence_link" cascade;`);
  }
}
