import { Migration } from '@mikro-orm/migrations';

/** The learning agenda (docs/learning.md): themes, and the interest people show in them. */
export class Migration20261208540000_learning_agenda extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_theme" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "proposed_by_id" uuid null, "title" text not null, "description" text not null default '', "internal_audit_finding_id" uuid null, "improvement_action_id" uuid null, "interest_count" int not null default 0, constraint "learning_theme_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_theme_organisation_id_interest_count_crea_1decf_index" on "learning_theme" ("organisation_id", "interest_count", "created_at", "id");`);

    this.addSql(`create table "learning_theme_interest" ("id" uuid not null, "created_at" timestamptz not null default now(), "theme_id" uuid not null, "person_id" uuid not null, constraint "learning_theme_interest_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_theme_interest_person_id_index" on "learning_theme_interest" ("person_id");`);
    this.addSql(`alter table "learning_theme_interest" add constraint "learning_theme_interest_theme_id_person_id_unique" unique ("theme_id", "person_id");`);

    this.addSql(`alter table "learning_theme" add constraint "learning_theme_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_theme" add constraint "learning_theme_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_theme" add constraint "learning_theme_internal_audit_finding_id_foreign" foreign key ("internal_audit_finding_id") references "internal_audit_finding" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_theme" add constraint "learning_theme_improvement_action_id_foreign" foreign key ("improvement_action_id") references "improvement_action" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "learning_theme_interest" add constraint "learning_theme_interest_theme_id_foreign" foreign key ("theme_id") references "learning_theme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_theme_interest" add constraint "learning_theme_interest_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_theme_interest" drop constraint "learning_theme_interest_theme_id_foreign";`);

    this.addSql(`drop table if exists "learning_theme" cascade;`);

    this.addSql(`drop table if exists "learning_theme_interest" cascade;`);
  }

}
