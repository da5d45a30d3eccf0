import { Migration } from '@mikro-orm/migrations';

/**
 * The register entry of a peer advisory assessment (docs/peer-review.md, The register entry): a table of its
 * own beside the certificates, one entry per visit.
 */
export class Migration20261208590000_peer_review_register extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "peer_review_registration" ("id" uuid not null, "created_at" timestamptz not null default now(), "visit_id" uuid not null, "organisation_id" uuid not null, "group_id" uuid not null, "framework_version_id" uuid not null, "whole_organisation" boolean not null, "scope_units" text[] not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "registered_by_id" uuid not null, constraint "peer_review_registration_pkey" primary key ("id"));`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_visit_id_unique" unique ("visit_id");`);
    this.addSql(`create index "peer_review_registration_organisation_id_index" on "peer_review_registration" ("organisation_id");`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_visit_id_foreign" foreign key ("visit_id") references "peer_visit" ("id") on update cascade;`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_group_id_foreign" foreign key ("group_id") references "peer_group" ("id") on update cascade;`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_framework_version_id_foreign" foreign key ("framework_version_id") references "framework_version" ("id") on update cascade;`);
    this.addSql(`alter table "peer_review_registration" add constraint "peer_review_registration_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "peer_review_registration" cascade;`);
  }

}
