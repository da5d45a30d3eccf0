import { Migration } from '@mikro-orm/migrations';

/**
 * Browsers an account signed in from (the device cookie), so failures from elsewhere cannot lock the owner
 * out; failures name the known device they came from. The index on `at` serves the cleanup.
 */
export class Migration20261204182028_login_devices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_device" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "login_device_pkey" primary key ("id"));`);
    this.addSql(`alter table "login_device" add constraint "login_device_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "login_device_user_id_index" on "login_device" ("user_id");`);
    this.addSql(`create index "login_device_expires_at_index" on "login_device" ("expires_at");`);

    this.addSql(`alter table "login_device" add constraint "login_device_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "login_failure" add column "device_id" uuid null;`);
    this.addSql(`alter table "login_failure" add constraint "login_failure_device_id_foreign" foreign key ("device_id") references "login_device" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "login_failure_at_index" on "login_failure" ("at");`);
    this.addSql(`create index "login_failure_device_id_at_index" on "login_failure" ("device_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_failure" drop constraint "login_failure_device_id_foreign";`);

    this.addSql(`drop table if exists "login_device" cascade;`);

    this.addSql(`drop index "login_failure_at_index";`);
    this.addSql(`drop index "login_failure_device_id_at_index";`);
    this.addSql(`alter table "login_failure" drop column "device_id";`);
  }

}
