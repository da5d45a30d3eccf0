import { Migration } from '@mikro-orm/migrations';

export class Migration20261128122742_notification_key_per_cycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_user_id_key_unique";`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_cycle_id_key_unique" unique ("user_id", "cycle_id", "key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_user_id_cycle_id_key_unique";`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_key_unique" unique ("user_id", "key");`);
  }

}
