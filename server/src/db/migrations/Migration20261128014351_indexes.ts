import { Migration } from '@mikro-orm/migrations';

export class Migration20261128014351_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "organisation_name_index";`);

    this.addSql(`create index "organisation_name_id_index" on "organisation" ("name", "id");`);

    this.addSql(`create index "cycle_transition_phase_entry_index" on "cycle_transition" ("cycle_id", "seq") include ("to_phase", "at") where "from_phase" is distinct from "to_phase";`);

    this.addSql(`create unique index "certificate_number_upper_unique" on "certificate" (upper("number"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certificate" drop constraint "certificate_number_upper_unique";`);

    this.addSql(`drop index "cycle_transition_phase_entry_index";`);

    this.addSql(`drop index "organisation_name_id_index";`);

    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
  }

}
