import { Migration } from '@mikro-orm/migrations';

export class Migration20261128012337_full_cycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "internal_audit_status" as enum ('PLANNED', 'DONE', 'CANCELLED');`);
    this.addSql(`create type "action_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE');`);
    this.addSql(`create type "certificate_status" as enum ('VALID', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED', 'RENEWED');`);
    this.addSql(`create type "report_kind" as enum ('DRAFT', 'FINAL');`);
    this.addSql(`create table "improvement_plan_review" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "seq" int not null, "review" text check ("review" in ('ACCEPT', 'RETURN')) not null, "comments" text not null, "reviewer_id" uuid null, "at" timestamptz not null, constraint "improvement_plan_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "improvement_plan_review" add constraint "improvement_plan_review_cycle_id_seq_unique" unique ("cycle_id", "seq");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "cycle_id" uuid null, "key" text not null, "kind" text not null, "title" text not null, "body" text not null default '', "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_key_unique" unique ("user_id", "key");`);

    this.addSql(`create table "internal_audit" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "unit" text not null, "planned_date" date not null, "auditor_ids" text[] not null, "status" "internal_audit_status" not null default 'PLANNED', "planned_by_id" uuid not null, constraint "internal_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "internal_audit_cycle_id_status_index" on "internal_audit" ("cycle_id", "status");`);

    this.addSql(`create table "internal_audit_finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "internal_audit_id" uuid not null, "norm_id" uuid not null, "strengths" text not null, "improvement_points" text not null default '', "recorded_by_id" uuid not null, constraint "internal_audit_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "internal_audit_finding_internal_audit_id_index" on "internal_audit_finding" ("internal_audit_id");`);

    this.addSql(`create table "improvement_action" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "norm_id" uuid null, "what" text not null, "owner" text not null, "due_date" date not null, "success_indicator" text not null, "status" "action_status" not null default 'OPEN', "progress_note" text not null default '', "carried_over_from_id" uuid null, "updated_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "improvement_action_pkey" primary key ("id"));`);
    this.addSql(`create index "improvement_action_cycle_id_status_index" on "improvement_action" ("cycle_id", "status");`);

    this.addSql(`create table "certificate" ("id" uuid not null, "created_at" timestamptz not null default now(), "number" text not null, "cycle_id" uuid not null, "organisation_id" uuid not null, "certifying_institution_id" uuid null, "framework_version_id" uuid not null, "variant" text check ("variant" in ('EXTERNAL_AUDIT', 'PEER_REVIEW', 'COMBINED')) not null, "whole_organisation" boolean not null, "scope_units" text[] not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "status" "certificate_status" not null default 'VALID', "status_reason" text null, "status_changed_at" timestamptz not null default now(), constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_number_unique" unique ("number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_cycle_id_unique" unique ("cycle_id");`);
    this.addSql(`create index "certificate_organisation_id_index" on "certificate" ("organisation_id");`);
    this.addSql(`create index "certificate_status_valid_until_index" on "certificate" ("status", "valid_until");`);

    this.addSql(`create table "audit_report" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "kind" "report_kind" not null, "summary" text not null, "strengths" text not null, "improvement_points" text not null, "advice" text check ("advice" in ('POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE')) null, "reply" text null, "replied_at" timestamptz null, "issued_by_id" uuid null, "issued_at" timestamptz not null, constraint "audit_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "audit_report" add constraint "audit_report_cycle_id_kind_unique" unique ("cycle_id", "kind");`);

    this.addSql(`create table "audit_finding" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "norm_id" uuid not null, "score" text check ("score" in ('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE')) not null, "strengths" text not null default '', "improvement_points" text not null default '', "recorded_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "audit_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_finding_norm_id_score_index" on "audit_finding" ("norm_id", "score");`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_cycle_id_norm_id_unique" unique ("cycle_id", "norm_id");`);

    this.addSql(`alter table "improvement_plan_review" add constraint "improvement_plan_review_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "improvement_plan_review" add constraint "improvement_plan_review_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "internal_audit" add constraint "internal_audit_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "internal_audit" add constraint "internal_audit_planned_by_id_foreign" foreign key ("planned_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "internal_audit_finding" add constraint "internal_audit_finding_internal_audit_id_foreign" foreign key ("internal_audit_id") references "internal_audit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "internal_audit_finding" add constraint "internal_audit_finding_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade;`);
    this.addSql(`alter table "internal_audit_finding" add constraint "internal_audit_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "improvement_action" add constraint "improvement_action_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_carried_over_from_id_foreign" foreign key ("carried_over_from_id") references "improvement_action" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "improvement_action" add constraint "improvement_action_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "certificate" add constraint "certificate_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_certifying_institution_id_foreign" foreign key ("certifying_institution_id") references "certifying_institution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "certificate" add constraint "certificate_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade;`);

    this.addSql(`alter table "audit_report" add constraint "audit_report_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_report" add constraint "audit_report_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_finding" add constraint "audit_finding_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade;`);
    this.addSql(`alter table "audit_finding" add constraint "audit_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "cycle" drop constraint if exists "cycle_phase_check";`);

    this.addSql(`alter table "cycle_transition" drop constraint if exists "cycle_transition_from_phase_check";`);
    this.addSql(`alter table "cycle_transition" drop constraint if exists "cycle_transition_to_phase_check";`);

    this.addSql(`alter table "cycle" add column "step" text check ("step" in ('AWAITING_ENGAGEMENT', 'ENGAGEMENT_REQUESTED', 'SCHEDULING', 'DATES_PROPOSED', 'AUDITING', 'AWAITING_REPLY', 'REPLIED', 'DRAFTING', 'SUBMITTED', 'AWAITING_DECISION', 'DEFERRED', 'VALID', 'SUSPENDED')) null, add column "previous_cycle_id" uuid null, add column "due_at" timestamptz null, add column "overdue" boolean not null default false, add column "certifying_institution_id" uuid null, add column "lead_auditor_id" uuid null, add column "co_auditor_id" uuid null, add column "audit_days" numeric(5,1) null, add column "audit_days_computed" numeric(5,1) null, add column "audit_days_override_reason" text null, add column "proposed_audit_dates" text[] not null default '{}', add column "confirmed_audit_date" date null, add column "advice" text check ("advice" in ('POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE')) null, add column "decision" text check ("decision" in ('AWARD', 'REFUSE', 'DEFER')) null, add column "decision_reason" text null;`);
    this.addSql(`alter table "cycle" add constraint "cycle_previous_cycle_id_foreign" foreign key ("previous_cycle_id") references "cycle" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cycle" add constraint "cycle_certifying_institution_id_foreign" foreign key ("certifying_institution_id") references "certifying_institution" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cycle" add constraint "cycle_lead_auditor_id_foreign" foreign key ("lead_auditor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cycle" add constraint "cycle_co_auditor_id_foreign" foreign key ("co_auditor_id") references "app_user" ("id") on update cascade on delete set null;`);
    // A submitted self-evaluation now means the cycle is in internal audit.
    this.addSql(`update "cycle" set "phase" = 'INTERNAL_AUDIT' where "phase" = 'SELF_EVALUATION_SUBMITTED';`);
    this.addSql(`update "cycle_transition" set "to_phase" = 'INTERNAL_AUDIT' where "to_phase" = 'SELF_EVALUATION_SUBMITTED';`);
    this.addSql(`update "cycle_transition" set "from_phase" = 'INTERNAL_AUDIT' where "from_phase" = 'SELF_EVALUATION_SUBMITTED';`);
    // Certificate numbers count up per installation: KSSW-<year>-<n>.
    this.addSql(`create sequence if not exists "certificate_number_seq";`);
    this.addSql(`alter table "cycle" add constraint "cycle_phase_check" check("phase" in ('PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'));`);
    this.addSql(`alter table "cycle" add constraint "cycle_previous_cycle_id_unique" unique ("previous_cycle_id");`);
    this.addSql(`create index "cycle_overdue_due_at_index" on "cycle" ("overdue", "due_at");`);
    this.addSql(`create index "cycle_co_auditor_id_index" on "cycle" ("co_auditor_id");`);
    this.addSql(`create index "cycle_lead_auditor_id_index" on "cycle" ("lead_auditor_id");`);
    this.addSql(`create index "cycle_certifying_institution_id_index" on "cycle" ("certifying_institution_id");`);

    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_from_phase_check" check("from_phase" in ('PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'));`);
    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_to_phase_check" check("to_phase" in ('PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "internal_audit_finding" drop constraint "internal_audit_finding_internal_audit_id_foreign";`);

    this.addSql(`alter table "improvement_action" drop constraint "improvement_action_carried_over_from_id_foreign";`);

    this.addSql(`drop table if exists "improvement_plan_review" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "internal_audit" cascade;`);

    this.addSql(`drop table if exists "internal_audit_finding" cascade;`);

    this.addSql(`drop table if exists "improvement_action" cascade;`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "audit_report" cascade;`);

    this.addSql(`drop table if exists "audit_finding" cascade;`);

    this.addSql(`alter table "cycle" drop constraint if exists "cycle_phase_check";`);

    this.addSql(`alter table "cycle" drop constraint "cycle_previous_cycle_id_foreign";`);
    this.addSql(`alter table "cycle" drop constraint "cycle_certifying_institution_id_foreign";`);
    this.addSql(`alter table "cycle" drop constraint "cycle_lead_auditor_id_foreign";`);
    this.addSql(`alter table "cycle" drop constraint "cycle_co_auditor_id_foreign";`);

    this.addSql(`alter table "cycle_transition" drop constraint if exists "cycle_transition_from_phase_check";`);
    this.addSql(`alter table "cycle_transition" drop constraint if exists "cycle_transition_to_phase_check";`);

    this.addSql(`alter table "cycle" drop constraint "cycle_previous_cycle_id_unique";`);
    this.addSql(`drop index "cycle_overdue_due_at_index";`);
    this.addSql(`drop index "cycle_co_auditor_id_index";`);
    this.addSql(`drop index "cycle_lead_auditor_id_index";`);
    this.addSql(`drop index "cycle_certifying_institution_id_index";`);
    this.addSql(`alter table "cycle" drop column "step", drop column "previous_cycle_id", drop column "due_at", drop column "overdue", drop column "certifying_institution_id", drop column "lead_auditor_id", drop column "co_auditor_id", drop column "audit_days", drop column "audit_days_computed", drop column "audit_days_override_reason", drop column "proposed_audit_dates", drop column "confirmed_audit_date", drop column "advice", drop column "decision", drop column "decision_reason";`);

    this.addSql(`alter table "cycle" add constraint "cycle_phase_check" check("phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED'));`);

    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_from_phase_check" check("from_phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED'));`);
    this.addSql(`alter table "cycle_transition" add constraint "cycle_transition_to_phase_check" check("to_phase" in ('PREPARATION', 'SELF_EVALUATION', 'SELF_EVALUATION_SUBMITTED'));`);

    this.addSql(`drop type "internal_audit_status";`);
    this.addSql(`drop type "action_status";`);
    this.addSql(`drop type "certificate_status";`);
    this.addSql(`drop type "report_kind";`);
  }

}
