import { Migration } from '@mikro-orm/migrations';

/**
 * The decision tree becomes shared editable content like the scheme rules: a save names the revision it
 * started from, and a refusal reports who saved it last and when (docs/api.md, "Edits and revisions").
 * A tree that exists today counts as revision 1.
 */
export class Migration20261208300000_variant_guide_revision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "framework_version" add column "variant_guide_revision" integer not null default 1, add column "variant_guide_updated_by_id" uuid null, add column "variant_guide_updated_at" timestamptz null;`);
    this.addSql(`alter table "framework_version" add constraint "framework_version_variant_guide_updated_by_id_foreign" foreign key ("variant_guide_updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "framework_version" drop constraint "framework_version_variant_guide_updated_by_id_foreign";`);
    this.addSql(`alter table "framework_version" drop column "variant_guide_revision", drop column "variant_guide_updated_by_id", drop column "variant_guide_updated_at";`);
  }

}
