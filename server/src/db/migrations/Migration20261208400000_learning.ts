import { Migration } from '@mikro-orm/migrations';

/**
 * Teams, the learning norm and budgets (each change a new row), contract hours, learning time and the team
 * lead's notes; three roles for the people who learn, lead teams and coordinate learning (docs/learning.md).
 */
export class Migration20261208400000_learning extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "learning_kind" as enum ('TRAINING', 'INTERVISION', 'READING', 'SHADOWING', 'TEAM_SESSION', 'OTHER');`);
    this.addSql(`create table "team" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "name" text not null, "archived_at" timestamptz null, constraint "team_pkey" primary key ("id"));`);
    this.addSql(`create index "team_organisation_id_created_at_id_index" on "team" ("organisation_id", "created_at", "id");`);

    this.addSql(`create table "team_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "team_id" uuid not null, "person_id" uuid not null, constraint "team_member_pkey" primary key ("id"));`);
    this.addSql(`create index "team_member_person_id_index" on "team_member" ("person_id");`);
    this.addSql(`alter table "team_member" add constraint "team_member_team_id_person_id_unique" unique ("team_id", "person_id");`);

    this.addSql(`create table "learning_settings" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "norm_percent" numeric(5,2) not null, "min_contributors" int not null, "set_by_id" uuid not null, constraint "learning_settings_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_settings_organisation_id_created_at_id_index" on "learning_settings" ("organisation_id", "created_at", "id");`);

    this.addSql(`create table "learning_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "person_id" uuid not null, "date" date not null, "hours" numeric(5,2) not null, "kind" "learning_kind" not null, "theme" text not null default '', "goal" text not null default '', constraint "learning_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_entry_organisation_id_date_index" on "learning_entry" ("organisation_id", "date");`);
    this.addSql(`create index "learning_entry_person_id_created_at_id_index" on "learning_entry" ("person_id", "created_at", "id");`);

    this.addSql(`create table "learning_context_note" ("id" uuid not null, "created_at" timestamptz not null default now(), "team_id" uuid not null, "month" text not null, "text" text not null, "written_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "learning_context_note_pkey" primary key ("id"));`);
    this.addSql(`alter table "learning_context_note" add constraint "learning_context_note_team_id_month_unique" unique ("team_id", "month");`);

    this.addSql(`create table "learning_budget" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "team_id" uuid null, "person_id" uuid null, "year" int not null, "hours" numeric(8,2) not null, "set_by_id" uuid not null, constraint "learning_budget_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_budget_organisation_id_year_created_at_index" on "learning_budget" ("organisation_id", "year", "created_at");`);

    this.addSql(`create table "contract_hours" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "person_id" uuid not null, "hours_per_week" numeric(5,2) not null, "set_by_id" uuid not null, constraint "contract_hours_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_hours_person_id_created_at_index" on "contract_hours" ("person_id", "created_at");`);

    this.addSql(`alter table "team" add constraint "team_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_settings" add constraint "learning_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_settings" add constraint "learning_settings_set_by_id_foreign" foreign key ("set_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_entry" add constraint "learning_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_entry" add constraint "learning_entry_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_context_note" add constraint "learning_context_note_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_context_note" add constraint "learning_context_note_written_by_id_foreign" foreign key ("written_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_budget" add constraint "learning_budget_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_budget" add constraint "learning_budget_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_budget" add constraint "learning_budget_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_budget" add constraint "learning_budget_set_by_id_foreign" foreign key ("set_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "contract_hours" add constraint "contract_hours_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "contract_hours" add constraint "contract_hours_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "contract_hours" add constraint "contract_hours_set_by_id_foreign" foreign key ("set_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter type "role" add value if not exists 'ORG_PROFESSIONAL' after 'ORG_VIEWER';`);

    this.addSql(`alter type "role" add value if not exists 'ORG_TEAM_LEAD' after 'ORG_PROFESSIONAL';`);

    this.addSql(`alter type "role" add value if not exists 'ORG_LEARNING_COORDINATOR' after 'ORG_TEAM_LEAD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`alter table "learning_context_note" drop constraint "learning_context_note_team_id_foreign";`);

    this.addSql(`alter table "learning_budget" drop constraint "learning_budget_team_id_foreign";`);

    this.addSql(`drop table if exists "team" cascade;`);

    this.addSql(`drop table if exists "team_member" cascade;`);

    this.addSql(`drop table if exists "learning_settings" cascade;`);

    this.addSql(`drop table if exists "learning_entry" cascade;`);

    this.addSql(`drop table if exists "learning_context_note" cascade;`);

    this.addSql(`drop table if exists "learning_budget" cascade;`);

    this.addSql(`drop table if exists "contract_hours" cascade;`);

    this.addSql(`drop type "learning_kind";`);
  }

}
