import { Migration } from '@mikro-orm/migrations';

/** Learning sessions planned from the agenda, their participants, and the learning time attendance gives (docs/learning.md). */
export class Migration20261208560000_learning_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "learning_theme_status" as enum ('OPEN', 'PLANNED');`);
    this.addSql(`create type "learning_session_kind" as enum ('SESSION', 'CENTRAL_TRAINING');`);
    this.addSql(`create table "learning_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "organisation_id" uuid not null, "theme_id" uuid null, "title" text not null, "kind" "learning_session_kind" not null, "date" date not null, "hours" numeric(5,2) not null, "team_id" uuid null, "planned_by_id" uuid null, "attendance_recorded_at" timestamptz null, constraint "learning_session_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_session_organisation_id_date_id_index" on "learning_session" ("organisation_id", "date", "id");`);

    this.addSql(`create table "learning_session_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "session_id" uuid not null, "person_id" uuid not null, "attended" boolean not null default false, constraint "learning_session_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "learning_session_participant_person_id_index" on "learning_session_participant" ("person_id");`);
    this.addSql(`alter table "learning_session_participant" add constraint "learning_session_participant_session_id_person_id_unique" unique ("session_id", "person_id");`);

    this.addSql(`alter table "learning_session" add constraint "learning_session_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "learning_session" add constraint "learning_session_theme_id_foreign" foreign key ("theme_id") references "learning_theme" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_session" add constraint "learning_session_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_session" add constraint "learning_session_planned_by_id_foreign" foreign key ("planned_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "learning_session_participant" add constraint "learning_session_participant_session_id_foreign" foreign key ("session_id") references "learning_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "learning_session_participant" add constraint "learning_session_participant_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "learning_data_erasure" add column "sessions" int not null default 0;`);

    this.addSql(`alter table "learning_theme" add column "status" "learning_theme_status" not null default 'OPEN';`);

    this.addSql(`alter table "learning_entry" add column "session_id" uuid null;`);
    this.addSql(`alter table "learning_entry" add constraint "learning_entry_session_id_foreign" foreign key ("session_id") references "learning_session" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "learning_entry" add constraint "learning_entry_session_id_person_id_unique" unique ("session_id", "person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "learning_session_participant" drop constraint "learning_session_participant_session_id_foreign";`);

    this.addSql(`alter table "learning_entry" drop constraint "learning_entry_session_id_foreign";`);

    this.addSql(`drop table if exists "learning_session" cascade;`);

    this.addSql(`drop table if exists "learning_session_participant" cascade;`);

    this.addSql(`alter table "learning_data_erasure" drop column "sessions";`);

    this.addSql(`alter table "learning_entry" drop constraint "learning_entry_session_id_person_id_unique";`);
    this.addSql(`alter table "learning_entry" drop column "session_id";`);

    this.addSql(`alter table "learning_theme" drop column "status";`);

    this.addSql(`drop type "learning_theme_status";`);
    this.addSql(`drop type "learning_session_kind";`);
  }

}
