import { Migration } from '@mikro-orm/migrations';

/** Members named to write a cycle's consolidated self-evaluation answers (docs/domain.md, Respondents). */
export class Migration20261208110000_self_evaluation_delegates extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "self_evaluation_delegate" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "delegate_id" uuid not null, "delegated_by_id" uuid not null, constraint "self_evaluation_delegate_pkey" primary key ("id"));`);
    this.addSql(`alter table "self_evaluation_delegate" add constraint "self_evaluation_delegate_cycle_id_delegate_id_unique" unique ("cycle_id", "delegate_id");`);
    this.addSql(`alter table "self_evaluation_delegate" add constraint "self_evaluation_delegate_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "self_evaluation_delegate" add constraint "self_evaluation_delegate_delegate_id_foreign" foreign key ("delegate_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "self_evaluation_delegate" add constraint "self_evaluation_delegate_delegated_by_id_foreign" foreign key ("delegated_by_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "self_evaluation_delegate" cascade;`);
  }

}
