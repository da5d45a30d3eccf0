import { Migration } from '@mikro-orm/migrations';

/**
 * The peer advisory assessment's first slice (docs/peer-review.md): sign-ups, and peer groups with their
 * member organisations. An organisation has at most one sign-up that is open or in a group.
 */
export class Migration20261207200000_peer_review extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "sign_up_status" as enum ('OPEN', 'GROUPED');`);
    this.addSql(`create type "peer_group_status" as enum ('PROPOSED', 'FORMED', 'DECLINED');`);
    this.addSql(`create table "peer_review_sign_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "period_from" date not null, "period_until" date not null, "fte" numeric(8,2) not null, "region" text not null, "preferences" text not null default '', "partners_known" boolean not null, "status" "sign_up_status" not null default 'OPEN', "signed_up_by_id" uuid not null, constraint "peer_review_sign_up_pkey" primary key ("id"));`);
    this.addSql(`create index "peer_review_sign_up_organisation_id_index" on "peer_review_sign_up" ("organisation_id");`);
    this.addSql(`create unique index "peer_review_sign_up_one_active_per_organisation" on "peer_review_sign_up" ("organisation_id") where "status" in ('OPEN', 'GROUPED');`);
    this.addSql(`create index "peer_review_sign_up_created_at_id_index" on "peer_review_sign_up" ("created_at", "id");`);

    this.addSql(`create table "peer_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "status" "peer_group_status" not null, "proposed_by_id" uuid null, "created_by_id" uuid not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "decline_reason" text not null default '', constraint "peer_group_pkey" primary key ("id"));`);
    this.addSql(`create index "peer_group_created_at_id_index" on "peer_group" ("created_at", "id");`);

    this.addSql(`create table "peer_group_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "group_id" uuid not null, "organisation_id" uuid not null, "sign_up_id" uuid not null, constraint "peer_group_member_pkey" primary key ("id"));`);
    this.addSql(`create index "peer_group_member_organisation_id_index" on "peer_group_member" ("organisation_id");`);
    this.addSql(`create index "peer_group_member_sign_up_id_index" on "peer_group_member" ("sign_up_id");`);
    this.addSql(`alter table "peer_group_member" add constraint "peer_group_member_group_id_organisation_id_unique" unique ("group_id", "organisation_id");`);

    this.addSql(`alter table "peer_review_sign_up" add constraint "peer_review_sign_up_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "peer_review_sign_up" add constraint "peer_review_sign_up_signed_up_by_id_foreign" foreign key ("signed_up_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "peer_group" add constraint "peer_group_proposed_by_id_foreign" foreign key ("proposed_by_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "peer_group" add constraint "peer_group_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "peer_group" add constraint "peer_group_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "peer_group_member" add constraint "peer_group_member_group_id_foreign" foreign key ("group_id") references "peer_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "peer_group_member" add constraint "peer_group_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "peer_group_member" add constraint "peer_group_member_sign_up_id_foreign" foreign key ("sign_up_id") references "peer_review_sign_up" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "peer_group_member" drop constraint "peer_group_member_sign_up_id_foreign";`);

    this.addSql(`alter table "peer_group_member" drop constraint "peer_group_member_group_id_foreign";`);

    this.addSql(`drop table if exists "peer_review_sign_up" cascade;`);

    this.addSql(`drop table if exists "peer_group" cascade;`);

    this.addSql(`drop table if exists "peer_group_member" cascade;`);

    this.addSql(`drop type "sign_up_status";`);
    this.addSql(`drop type "peer_group_status";`);
  }

}
