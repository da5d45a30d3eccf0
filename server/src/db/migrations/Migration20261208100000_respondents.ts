import { Migration } from '@mikro-orm/migrations';

/** Respondents in the self-evaluation (docs/domain.md, Respondents): invitations and their own answers. */
export class Migration20261208100000_respondents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "respondent_invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "cycle_id" uuid not null, "respondent_id" uuid not null, "layer" text check ("layer" in ('VOLUNTEER', 'PROFESSIONAL', 'SUPPORT_STAFF', 'TEAM_LEAD', 'MANAGEMENT', 'BOARD')) not null, "category_codes" text[] not null, "due_date" date not null, "invited_by_id" uuid not null, "submitted_at" timestamptz null, constraint "respondent_invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "respondent_invitation" add constraint "respondent_invitation_cycle_id_respondent_id_unique" unique ("cycle_id", "respondent_id");`);
    this.addSql(`create index "respondent_invitation_respondent_id_created_at_index" on "respondent_invitation" ("respondent_id", "created_at");`);
    this.addSql(`alter table "respondent_invitation" add constraint "respondent_invitation_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "respondent_invitation" add constraint "respondent_invitation_respondent_id_foreign" foreign key ("respondent_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "respondent_invitation" add constraint "respondent_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`create table "respondent_answer" ("id" uuid not null, "created_at" timestamptz not null default now(), "invitation_id" uuid not null, "norm_id" uuid not null, "score" text check ("score" in ('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE')) null, "goes_well" text not null default '', "to_improve" text not null default '', "revision" integer not null default 1, "updated_at" timestamptz not null default now(), constraint "respondent_answer_pkey" primary key ("id"));`);
    this.addSql(`alter table "respondent_answer" add constraint "respondent_answer_invitation_id_norm_id_unique" unique ("invitation_id", "norm_id");`);
    this.addSql(`alter table "respondent_answer" add constraint "respondent_answer_invitation_id_foreign" foreign key ("invitation_id") references "respondent_invitation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "respondent_answer" add constraint "respondent_answer_norm_id_foreign" foreign key ("norm_id") references "norm" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "respondent_answer" cascade;`);
    this.addSql(`drop table if exists "respondent_invitation" cascade;`);
  }

}
