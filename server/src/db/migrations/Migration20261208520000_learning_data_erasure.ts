import { Migration } from '@mikro-orm/migrations';

/** What a person's deletion of their own learning data removed, without the content (docs/learning.md). */
export class Migration20261208520000_learning_data_erasure extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_data_erasure" ("id" uuid not null, "created_at" timestamptz not null default now(), "person_id" uuid not null, "entries" int not null, "goals" int not null, "interests" int not null default 0, "themes" int not null default 0, constraint "learning_data_erasure_pkey" primary key ("id"));`);

    this.addSql(`alter table "learning_data_erasure" add constraint "learning_data_erasure_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "learning_data_erasure" cascade;`);
  }

}
