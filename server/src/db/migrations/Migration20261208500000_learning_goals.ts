import { Migration } from '@mikro-orm/migrations';

/**
 * A professional's own learning goals, with steps and reflections in the row and links to the framework's
 * competencies (docs/learning.md).
 */
export class Migration20261208500000_learning_goals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "learning_goal_status" as enum ('PLANNED', 'ACTIVE', 'ACHIEVED', 'PAUSED');`);
    this.addSql(`create table "learning_goal" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "person_id" uuid not null, "title" text not null, "description" text not null default '', "status" "learning_goal_status" not null default 'PLANNED', "shared_with_team_lead" boolean not null default false, "steps" jsonb not null default '[]', "reflections" jsonb not null default '[]', "updated_at" timestamptz not null default now(), constraint "learning_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_goal_person_id_created_at_id_index" on "learning_goal" ("person_id", "created_at", "id");`);

    this.addSql(`create table "learning_goal_competency" ("learning_goal_id" uuid not null, "competency_id" uuid not null, constraint "learning_goal_competency_pkey" primary key ("learning_goal_id", "competency_id"));`);

    this.addSql(`alter table "learning_goal" add constraint "learning_goal_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_goal" add constraint "learning_goal_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_goal_competency" add constraint "learning_goal_competency_learning_goal_id_foreign" foreign key ("learning_goal_id") references "learning_goal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_goal_competency" add constraint "learning_goal_competency_competency_id_foreign" foreign key ("competency_id") references "competency" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_goal_competency" drop constraint "learning_goal_competency_learning_goal_id_foreign";`);

    this.addSql(`drop table if exists "learning_goal" cascade;`);

    this.addSql(`drop table if exists "learning_goal_competency" cascade;`);

    this.addSql(`drop type "learning_goal_status";`);
  }

}
