import { Migration } from '@mikro-orm/migrations';

/** How many months an organisation keeps its people's registered learning time (five years until it chooses). */
export class Migration20261208690100_learning_retention extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "learning_settings" add column "retention_months" int not null default 60;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_settings" drop column "retention_months";`);
  }

}
