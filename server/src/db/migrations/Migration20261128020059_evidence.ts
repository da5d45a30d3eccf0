import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020059_evidence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evidence" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "uploaded_by_id" uuid not null, "uploaded_for_cycle_id" uuid null, "name" text not null, "type" text not null, "size" int not null, "sha256" text not null, "storage_key" text not null, "document_id" uuid not null, "previous_version_id" uuid null, constraint "evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_document_id_index" on "evidence" ("document_id");`);
    this.addSql(`alter table "evidence" add constraint "evidence_previous_version_id_unique" unique ("previous_version_id");`);
    this.addSql(`create index "evidence_organisation_id_created_at_id_index" on "evidence" ("organisation_id", "created_at", "id");`);
    this.addSql(`alter table "evidence" add constraint "evidence_organisation_id_sha256_unique" unique ("organisation_id", "sha256");`);

    this.addSql(`create table "evidence_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "evidence_id" uuid not null, "cycle_id" uuid not null, "norm_id" uuid null, "self_evaluation_answer_id" uuid null, "internal_audit_finding_id" uuid null, "improvement_action_id" uuid null, "linked_in_phase" text check ("linked_in_phase" in ('PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED')) not null, "carried_over" boolean not null default false, "linked_by_id" uuid not null, constraint "evidence_link_pkey" primary key ("id"), constraint evidence_link_one_target check (num_nonnulls(norm_id, self_evaluation_answer_id, internal_audit_finding_id, improvement_action_id) = 1));`);
    this.addSql(`create index "evidence_link_evidence_id_index" on "evidence_link" ("evidence_id");`);
    this.addSql(`create index "evidence_link_cycle_id_index" on "evidence_link" ("cycle_id");`);
    this.addSql(`create unique index "evidence_link_target_unique" on "evidence_link" ("evidence_id", "cycle_id", coalesce("norm_id", "self_evaluation_answer_id", "internal_audit_finding_id", "improvement_action_id"));`);

    this.addSql(`create table "evidence_carry_over" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "evidence_id" uuid not null, "still_valid" boolean not null, "confirmed_by_id" uuid not null, "confirmed_at" timestamptz not null, constraint "evidence_carry_over_pkey" primary key ("id"));`);
    this.addSql(`alter table "evidence_carry_over" add constraint "evidence_carry_over_cycle_id_evidence_id_unique" unique ("cycle_id", "evidence_id");`);

    this.addSql(`alter table "evidence" add constraint "evidence_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "evidence" add constraint "evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "evidence" add constraint "evidence_uploaded_for_cycle_id_foreign" foreign key ("uploaded_for_cycle_id") references "cycle" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evidence" add constraint "evidence_previous_version_id_foreign" foreign key ("previous_version_id") references "evidence" ("id") on update cascade on delete no action;`);

    this.addSql(`alter table "evidence_link" add constraint "evidence_link_evidence_id_foreign" foreign key ("evidence_id") references "evidence" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_self_evaluation_answer_id_foreign" foreign key ("self_evaluation_answer_id") references "self_evaluation_answer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_internal_audit_finding_id_foreign" foreign key ("internal_audit_finding_id") references "internal_audit_finding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_improvement_action_id_foreign" foreign key ("improvement_action_id") references "improvement_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_link" add constraint "evidence_link_linked_by_id_foreign" foreign key ("linked_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "evidence_carry_over" add constraint "evidence_carry_over_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_carry_over" add constraint "evidence_carry_over_evidence_id_foreign" foreign key ("evidence_id") references "evidence" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evidence_carry_over" add constraint "evidence_carry_over_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence" drop constraint "evidence_previous_version_id_foreign";`);

    this.addSql(`alter table "evidence_link" drop constraint "evidence_link_evidence_id_foreign";`);

    this.addSql(`alter table "evidence_carry_over" drop constraint "evidence_carry_over_evidence_id_foreign";`);

    this.addSql(`drop table if exists "evidence" cascade;`);

    this.addSql(`drop table if exists "evidence_link" cascade;`);

    this.addSql(`drop table if exists "evidence_carry_over" cascade;`);
  }

}
