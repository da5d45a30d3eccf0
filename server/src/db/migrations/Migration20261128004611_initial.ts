import { Migration } from '@mikro-orm/migrations';

export class Migration20261128004611_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "framework_status" as enum ('DRAFT', 'PUBLISHED', 'RETIRED');`);
    this.addSql(`create type "role" as enum ('ORG_QUALITY_OFFICER', 'ORG_INTERNAL_AUDITOR', 'ORG_VIEWER', 'CI_MANAGER', 'AUDITOR', 'SECTOR_ADMIN', 'SECTOR_DECIDER');`);
    this.addSql(`create type "party_kind" as enum ('ORGANISATION', 'CERTIFYING_INSTITUTION', 'SECTOR_BODY');`);
    this.addSql(`create table "certifying_institution" ("id" uuid not null, "created_at" timestamptz not null default now(), "name" text not null, "admitted" boolean not null default true, constraint "certifying_institution_pkey" primary key ("id"));`);
    this.addSql(`alter table "certifying_institution" add constraint "certifying_institution_name_unique" unique ("name");`);

    this.addSql(`create table "framework_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "name" text not null, "version" text not null, "effective_date" date not null, "status" "framework_status" not null default 'DRAFT', "illustrative" boolean not null default false, "rules" jsonb not null, constraint "framework_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "framework_version" add constraint "framework_version_name_version_unique" unique ("name", "version");`);

    this.addSql(`create table "framework_category" ("id" uuid not null, "created_at" timestamptz not null default now(), "framework_version_id" uuid not null, "code" text not null, "title" text not null, "position" int not null, constraint "framework_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "framework_category" add constraint "framework_category_framework_version_id_code_unique" unique ("framework_version_id", "code");`);

    this.addSql(`create table "competency" ("id" uuid not null, "created_at" timestamptz not null default now(), "framework_version_id" uuid not null, "code" text not null, "title" text not null, "position" int not null, constraint "competency_pkey" primary key ("id"));`);
    this.addSql(`alter table "competency" add constraint "competency_framework_version_id_code_unique" unique ("framework_version_id", "code");`);

    this.addSql(`create table "login_failure" ("id" bigserial primary key, "email" text not null, "address" text not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_address_at_index" on "login_failure" ("address", "at");`);
    this.addSql(`create index "login_failure_email_at_index" on "login_failure" ("email", "at");`);

    this.addSql(`create table "norm" ("id" uuid not null, "created_at" timestamptz not null default now(), "framework_version_id" uuid not null, "category_id" uuid not null, "code" text not null, "title" text not null, "description" text not null, "guidance" text not null default '', "example_evidence" text not null default '', "position" int not null, constraint "norm_pkey" primary key ("id"));`);
    this.addSql(`create index "norm_framework_version_id_index" on "norm" ("framework_version_id");`);
    this.addSql(`create index "norm_category_id_index" on "norm" ("category_id");`);
    this.addSql(`alter table "norm" add constraint "norm_framework_version_id_code_unique" unique ("framework_version_id", "code");`);

    this.addSql(`create table "norm_competency" ("norm_id" uuid not null, "competency_id" uuid not null, constraint "norm_competency_pkey" primary key ("norm_id", "competency_id"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "created_at" timestamptz not null default now(), "name" text not null, "place" text not null, "fte" numeric(8,2) not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);

    this.addSql(`create table "sector_body" ("id" uuid not null, "created_at" timestamptz not null default now(), "name" text not null, constraint "sector_body_pkey" primary key ("id"));`);
    this.addSql(`alter table "sector_body" add constraint "sector_body_name_unique" unique ("name");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "email" text not null, "name" text not null, "password_hash" text not null, "role" "role" not null, "party_kind" "party_kind" not null, "organisation_id" uuid null, "certifying_institution_id" uuid null, "sector_body_id" uuid null, constraint "app_user_pkey" primary key ("id"), constraint app_user_one_party check ((party_kind = 'ORGANISATION' and organisation_id is not null and certifying_institution_id is null and sector_body_id is null)
    or (party_kind = 'CERTIFYING_INSTITUTION' and certifying_institution_id is not null and organisation_id is null and sector_body_id is null)
    or (party_kind = 'SECTOR_BODY' and sector_body_id is not null and organisation_id is null and certifying_institution_id is null)));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_organisation_id_index" on "app_user" ("organisation_id");`);
    this.addSql(`create index "app_user_certifying_institution_id_index" on "app_user" ("certifying_institution_id");`);

    this.addSql(`create table "session" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "cycle" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "framework_version_id" uuid not null, "started_by_id" uuid not null, "variant" text check ("variant" in ('EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED')) not null, "whole_organisation" boolean not null, "scope_units" text[] not null, "fte" numeric(8,2) not null, "phase" text check ("phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED')) not null default 'PREPARATION', "seq" int not null default 0, "phase_changed_at" timestamptz not null default now(), "self_evaluation_locked_at" timestamptz null, "closed_at" timestamptz null, constraint "cycle_pkey" primary key ("id"));`);
    this.addSql(`create index "cycle_framework_version_id_index" on "cycle" ("framework_version_id");`);
    this.addSql(`create index "cycle_created_at_id_index" on "cycle" ("created_at", "id");`);
    this.addSql(`create index "cycle_organisation_id_index" on "cycle" ("organisation_id");`);
    this.addSql(`create index "cycle_phase_index" on "cycle" ("phase");`);
    this.addSql(`create unique index "cycle_one_open_per_organisation" on "cycle" ("organisation_id") where "closed_at" is null;`);

    this.addSql(`create table "self_evaluation_answer" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "norm_id" uuid not null, "score" text check ("score" in ('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE')) null, "explanation" text not null default '', "goes_well" text not null default '', "to_improve" text not null default '', "updated_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "self_evaluation_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "self_evaluation_answer" add constraint "self_evaluation_answer_cycle_id_norm_id_unique" unique ("cycle_id", "norm_id");`);

    this.addSql(`create table "cycle_transition" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "seq" int not null, "from_phase" text check ("from_phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED')) null, "to_phase" text check ("to_phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED')) not null, "command" text not null, "actor_id" uuid null, "at" timestamptz not null, "summary" text not null, constraint "cycle_transition_pkey" primary key ("id"));`);
    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_cycle_id_seq_unique" unique ("cycle_id", "seq");`);

    this.addSql(`alter table "framework_category" add constraint "framework_category_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "competency" add constraint "competency_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "norm" add constraint "norm_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "norm" add constraint "norm_category_id_foreign" foreign key ("category_id") references "framework_category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "norm_competency" add constraint "norm_competency_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "norm_competency" add constraint "norm_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_certifying_institution_id_foreign" foreign key ("certifying_institution_id") references "certifying_institution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_sector_body_id_foreign" foreign key ("sector_body_id") references "sector_body" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cycle" add constraint "cycle_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "cycle" add constraint "cycle_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade;`);
    this.addSql(`alter table "cycle" add constraint "cycle_started_by_id_foreign" foreign key ("started_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "self_evaluation_answer" add constraint "self_evaluation_answer_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "self_evaluation_answer" add constraint "self_evaluation_answer_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade;`);
    this.addSql(`alter table "self_evaluation_answer" add constraint "self_evaluation_answer_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_certifying_institution_id_foreign";`);

    this.addSql(`alter table "framework_category" drop constraint "framework_category_framework_version_id_foreign";`);

    this.addSql(`alter table "competency" drop constraint "competency_framework_version_id_foreign";`);

    this.addSql(`alter table "norm" drop constraint "norm_framework_version_id_foreign";`);

    this.addSql(`alter table "cycle" drop constraint "cycle_framework_version_id_foreign";`);

    this.addSql(`alter table "norm" drop constraint "norm_category_id_foreign";`);

    this.addSql(`alter table "norm_competency" drop constraint "norm_competency_competency_id_foreign";`);

    this.addSql(`alter table "norm_competency" drop constraint "norm_competency_norm_id_foreign";`);

    this.addSql(`alter table "self_evaluation_answer" drop constraint "self_evaluation_answer_norm_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_organisation_id_foreign";`);

    this.addSql(`alter table "cycle" drop constraint "cycle_organisation_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_sector_body_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "cycle" drop constraint "cycle_started_by_id_foreign";`);

    this.addSql(`alter table "self_evaluation_answer" drop constraint "self_evaluation_answer_updated_by_id_foreign";`);

    this.addSql(`alter table "cycle_transition" drop constraint "cycle_transition_actor_id_foreign";`);

    this.addSql(`alter table "self_evaluation_answer" drop constraint "self_evaluation_answer_cycle_id_foreign";`);

    this.addSql(`alter table "cycle_transition" drop constraint "cycle_transition_cycle_id_foreign";`);

    this.addSql(`drop table if exists "certifying_institution" cascade;`);

    this.addSql(`drop table if exists "framework_version" cascade;`);

    this.addSql(`drop table if exists "framework_category" cascade;`);

    this.addSql(`drop table if exists "competency" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "norm" cascade;`);

    this.addSql(`drop table if exists "norm_competency" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "sector_body" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "cycle" cascade;`);

    this.addSql(`drop table if exists "self_evaluation_answer" cascade;`);

    this.addSql(`drop table if exists "cycle_transition" cascade;`);

    this.addSql(`drop type "framework_status";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop type "party_kind";`);
  }

}
