import { Migration } from '@mikro-orm/migrations';

/**
 * The decision tree (stroomschema) of a framework version, and what an organisation answered and chose with
 * it (docs/process-model.md). Versions loaded before trees existed keep none: their organisations choose the
 * variant and scope directly, as they did when their cycles started.
 */
export class Migration20261206110000_variant_guide extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "framework_version" add column "variant_guide" jsonb null;`);
    this.addSql(`alter table "cycle" add column "variant_choice" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cycle" drop column "variant_choice";`);
    this.addSql(`alter table "framework_version" drop column "variant_guide";`);
  }

}
