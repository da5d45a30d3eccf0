import { Migration } from '@mikro-orm/migrations';

/** The learning year's rhythm (docs/learning.md): the scan schedule in the settings, and the year reports. */
export class Migration20261208620000_learning_year extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "learning_settings" add column "scan_months" jsonb not null default '[3, 9]', add column "scan_open_days" int not null default 21, add column "far_under_norm_percent" int not null default 50;`);

    this.addSql(`create table "learning_year_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "year" int not null, "content" jsonb not null, constraint "learning_year_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "learning_year_report" add constraint "learning_year_report_organisation_id_year_unique" unique ("organisation_id", "year");`);
    this.addSql(`alter table "learning_year_report" add constraint "learning_year_report_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "learning_year_report" cascade;`);
    this.addSql(`alter table "learning_settings" drop column "scan_months", drop column "scan_open_days", drop column "far_under_norm_percent";`);
  }
}
