import { Migration } from '@mikro-orm/migrations';

/** The register of peer auditors (docs/peer-review.md): one row per nominated person, with their training. */
export class Migration20261207210000_peer_auditors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "peer_auditor" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "person_id" uuid not null, "nominated_by_id" uuid not null, "trained_on" date null, "training_provider" text not null default '', constraint "peer_auditor_pkey" primary key ("id"));`);
    this.addSql(`alter table "peer_auditor" add constraint "peer_auditor_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "peer_auditor_organisation_id_created_at_id_index" on "peer_auditor" ("organisation_id", "created_at", "id");`);

    this.addSql(`alter table "peer_auditor" add constraint "peer_auditor_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "peer_auditor" add constraint "peer_auditor_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "peer_auditor" add constraint "peer_auditor_nominated_by_id_foreign" foreign key ("nominated_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "peer_auditor" cascade;`);
  }

}
