import { Migration } from '@mikro-orm/migrations';

/** Invitations to an account of an organisation: the quality officer invites, the person chooses a password. */
export class Migration20261208690000_account_invitation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account_invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "person_id" uuid not null, "invited_by_id" uuid null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "account_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "account_invitation_person_id_index" on "account_invitation" ("person_id");`);
    this.addSql(`alter table "account_invitation" add constraint "account_invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "account_invitation" add constraint "account_invitation_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_invitation" add constraint "account_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_invitation" cascade;`);
  }

}
