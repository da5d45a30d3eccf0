import { Migration } from '@mikro-orm/migrations';

/**
 * The database's own identity, which evidence stores are marked with, made here once per database (random,
 * so two databases never share one); and the name an evidence file was uploaded under, now that the name it
 * is stored under can differ.
 */
export class Migration20261205100000_evidence_store_safety extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "database_identity" ("id" uuid not null, "created_at" timestamptz not null default now(), constraint "database_identity_pkey" primary key ("id"));`);
    this.addSql(`insert into "database_identity" ("id") values (gen_random_uuid());`);

    this.addSql(`alter table "evidence" add column "original_name" text null;`);
    this.addSql(`update "evidence" set "original_name" = "name";`);
    this.addSql(`alter table "evidence" alter column "original_name" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evidence" drop column "original_name";`);
    this.addSql(`drop table if exists "database_identity" cascade;`);
  }

}
