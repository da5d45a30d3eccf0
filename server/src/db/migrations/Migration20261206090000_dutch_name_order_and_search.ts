import { Migration } from '@mikro-orm/migrations';

/**
 * Names sort as Dutch readers expect, and name search stays fast at the size of the sector (docs/data.md).
 *
 * The names people see in ordered lists take the ICU collation `nl-NL-x-icu`: case and accents are
 * secondary ("de Boog" between "Abcoude" and "Zwolle", "ábc" beside "abc"), where the database's default
 * (C.UTF-8 on most servers) put every capital before every lower-case letter. ICU collations are
 * deterministic, so (name, id) is still a total order for keyset pages. The organisation's (name, id) index
 * is made again after the change, in the new collation, so the keyset comparison and the order by (both on
 * the column, so both in its collation) are still served by it without a sort.
 *
 * Trigram indexes serve the "part of the name or place" searches (ILIKE '%term%'), which a b-tree cannot.
 * Without fastupdate: new rows go into the index at once instead of a pending list that every search scans
 * until a vacuum, and which makes the planner price the index too high and read the whole table instead.
 * Organisations are added a few at a time, so writing the index directly costs nothing that matters.
 * pg_trgm is a trusted extension: the database's owner may create it without superuser rights.
 */
export class Migration20261206090000_dutch_name_order_and_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`drop index "organisation_name_id_index";`);
    this.addSql(`alter table "organisation" alter column "name" type text collate "nl-NL-x-icu";`);
    this.addSql(`create index "organisation_name_id_index" on "organisation" ("name", "id");`);
    // Their unique constraints and indexes are rebuilt by the change itself, in the new collation.
    this.addSql(`alter table "certifying_institution" alter column "name" type text collate "nl-NL-x-icu";`);
    this.addSql(`alter table "app_user" alter column "name" type text collate "nl-NL-x-icu";`);
    this.addSql(`alter table "framework_version" alter column "name" type text collate "nl-NL-x-icu";`);
    this.addSql(`alter table "evidence" alter column "name" type text collate "nl-NL-x-icu";`);

    this.addSql(`create index "organisation_name_trgm_index" on "organisation" using gin ("name" gin_trgm_ops) with (fastupdate = off);`);
    this.addSql(`create index "organisation_place_trgm_index" on "organisation" using gin ("place" gin_trgm_ops) with (fastupdate = off);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "organisation_place_trgm_index";`);
    this.addSql(`drop index "organisation_name_trgm_index";`);

    this.addSql(`alter table "evidence" alter column "name" type text collate "default";`);
    this.addSql(`alter table "framework_version" alter column "name" type text collate "default";`);
    this.addSql(`alter table "app_user" alter column "name" type text collate "default";`);
    this.addSql(`alter table "certifying_institution" alter column "name" type text collate "default";`);
    this.addSql(`drop index "organisation_name_id_index";`);
    this.addSql(`alter table "organisation" alter column "name" type text collate "default";`);
    this.addSql(`create index "organisation_name_id_index" on "organisation" ("name", "id");`);
    // The extension stays: dropping it would fail for any other object that came to use it.
  }

}
