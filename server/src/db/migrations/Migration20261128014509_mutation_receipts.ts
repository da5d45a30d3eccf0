import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014509_mutation_receipts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mutation_receipt" ("user_id" uuid not null, "client_mutation_id" text not null, "operation" text not null, "result_id" uuid null, "created_at" timestamptz not null default now(), constraint "mutation_receipt_pkey" primary key ("user_id", "client_mutation_id"));`);
    this.addSql(`create index "mutation_receipt_created_at_index" on "mutation_receipt" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mutation_receipt" cascade;`);
  }

}
