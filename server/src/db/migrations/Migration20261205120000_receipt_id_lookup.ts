import { Migration } from '@mikro-orm/migrations';

/** A client mutation ID is looked up across callers too: reused by another caller, it is a CONFLICT. */
export class Migration20261205120000_receipt_id_lookup extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "mutation_receipt_client_mutation_id_index" on "mutation_receipt" ("client_mutation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "mutation_receipt_client_mutation_id_index";`);
  }

}
