import { Migration } from '@mikro-orm/migrations';

/** Personal calendar feeds (docs/api.md, Calendar feeds): one per person, found by the hash of its secret. */
export class Migration20261207400000_calendar_feed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_feed" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" text not null, "locale" text not null, constraint "calendar_feed_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
  }

}
