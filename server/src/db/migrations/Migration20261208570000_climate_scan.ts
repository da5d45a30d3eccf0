import { Migration } from '@mikro-orm/migrations';

/** The learning-climate scan (docs/learning.md): statements, rounds, anonymous answers, team agreements. */
export class Migration20261208570000_climate_scan extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "climate_scan_question_set" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "version" int not null, "illustrative" boolean not null, "questions" jsonb not null, "saved_by_id" uuid null, constraint "climate_scan_question_set_pkey" primary key ("id"));`);
    this.addSql(`alter table "climate_scan_question_set" add constraint "climate_scan_question_set_organisation_id_version_unique" unique ("organisation_id", "version");`);

    this.addSql(`create table "climate_scan_round" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "question_set_id" uuid not null, "period" text not null, "opened_by_id" uuid null, "closed_at" timestamptz null, constraint "climate_scan_round_pkey" primary key ("id"));`);
    this.addSql(`create index "climate_scan_round_organisation_id_created_at_id_index" on "climate_scan_round" ("organisation_id", "created_at", "id");`);
    this.addSql(`create unique index "climate_scan_round_one_open_per_organisation" on "climate_scan_round" ("organisation_id") where "closed_at" is null;`);

    this.addSql(`create table "climate_team_agreement" ("id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "team_id" uuid not null, "text" text not null, "written_by_id" uuid null, "updated_at" timestamptz not null default now(), constraint "climate_team_agreement_pkey" primary key ("id"));`);
    this.addSql(`alter table "climate_team_agreement" add constraint "climate_team_agreement_round_id_team_id_unique" unique ("round_id", "team_id");`);

    this.addSql(`create table "climate_scan_round_team" ("id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "team_id" uuid not null, constraint "climate_scan_round_team_pkey" primary key ("id"));`);
    this.addSql(`create index "climate_scan_round_team_team_id_index" on "climate_scan_round_team" ("team_id");`);
    this.addSql(`alter table "climate_scan_round_team" add constraint "climate_scan_round_team_round_id_team_id_unique" unique ("round_id", "team_id");`);

    this.addSql(`create table "climate_scan_response" ("id" uuid not null, "round_id" uuid not null, "team_id" uuid not null, "scores" jsonb not null, constraint "climate_scan_response_pkey" primary key ("id"));`);
    this.addSql(`create index "climate_scan_response_round_id_team_id_index" on "climate_scan_response" ("round_id", "team_id");`);

    this.addSql(`create table "climate_scan_participation" ("id" uuid not null, "created_at" timestamptz not null default now(), "round_id" uuid not null, "team_id" uuid not null, "person_id" uuid not null, constraint "climate_scan_participation_pkey" primary key ("id"));`);
    this.addSql(`create index "climate_scan_participation_person_id_index" on "climate_scan_participation" ("person_id");`);
    this.addSql(`alter table "climate_scan_participation" add constraint "climate_scan_participation_round_id_team_id_person_id_unique" unique ("round_id", "team_id", "person_id");`);

    this.addSql(`alter table "climate_scan_question_set" add constraint "climate_scan_question_set_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "climate_scan_question_set" add constraint "climate_scan_question_set_saved_by_id_foreign" foreign key ("saved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "climate_scan_round" add constraint "climate_scan_round_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "climate_scan_round" add constraint "climate_scan_round_question_set_id_foreign" foreign key ("question_set_id") references "climate_scan_question_set" ("id") on update cascade;`);
    this.addSql(`alter table "climate_scan_round" add constraint "climate_scan_round_opened_by_id_foreign" foreign key ("opened_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "climate_team_agreement" add constraint "climate_team_agreement_round_id_foreign" foreign key ("round_id") references "climate_scan_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_team_agreement" add constraint "climate_team_agreement_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_team_agreement" add constraint "climate_team_agreement_written_by_id_foreign" foreign key ("written_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "climate_scan_round_team" add constraint "climate_scan_round_team_round_id_foreign" foreign key ("round_id") references "climate_scan_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_scan_round_team" add constraint "climate_scan_round_team_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "climate_scan_response" add constraint "climate_scan_response_round_id_foreign" foreign key ("round_id") references "climate_scan_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_scan_response" add constraint "climate_scan_response_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "climate_scan_participation" add constraint "climate_scan_participation_round_id_foreign" foreign key ("round_id") references "climate_scan_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_scan_participation" add constraint "climate_scan_participation_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "climate_scan_participation" add constraint "climate_scan_participation_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "learning_data_erasure" add column "climate_scan_markers" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "climate_scan_round" drop constraint "climate_scan_round_question_set_id_foreign";`);

    this.addSql(`alter table "climate_team_agreement" drop constraint "climate_team_agreement_round_id_foreign";`);

    this.addSql(`alter table "climate_scan_round_team" drop constraint "climate_scan_round_team_round_id_foreign";`);

    this.addSql(`alter table "climate_scan_response" drop constraint "climate_scan_response_round_id_foreign";`);

    this.addSql(`alter table "climate_scan_participation" drop constraint "climate_scan_participation_round_id_foreign";`);

    this.addSql(`drop table if exists "climate_scan_question_set" cascade;`);

    this.addSql(`drop table if exists "climate_scan_round" cascade;`);

    this.addSql(`drop table if exists "climate_team_agreement" cascade;`);

    this.addSql(`drop table if exists "climate_scan_round_team" cascade;`);

    this.addSql(`drop table if exists "climate_scan_response" cascade;`);

    this.addSql(`drop table if exists "climate_scan_participation" cascade;`);

    this.addSql(`alter table "learning_data_erasure" drop column "climate_scan_markers";`);
  }

}
