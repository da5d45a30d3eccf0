import { Migration } from '@mikro-orm/migrations';

/**
 * A revision on every kind of shared editable content, so a save names the revision it started from and a
 * save against an older one is refused instead of overwriting (docs/api.md, "Edits and revisions"). What
 * exists today counts as revision 1. Internal-audit findings and scheme rules learn when (and, for the
 * rules, by whom) they were last saved, which a refusal reports.
 */
export class Migration20261207100000_revisions extends Migration {

  override async up(): Promise<void> {
    for (const table of ['self_evaluation_answer', 'internal_audit_finding', 'audit_finding', 'improvement_action', 'audit_programme']) {
      this.addSql(`alter table "${table}" add column "revision" integer not null default 1;`);
    }
    this.addSql(`alter table "internal_audit_finding" add column "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "framework_version" add column "rules_revision" integer not null default 1, add column "rules_updated_by_id" uuid null, add column "rules_updated_at" timestamptz null;`);
    this.addSql(`alter table "framework_version" add constraint "framework_version_rules_updated_by_id_foreign" foreign key ("rules_updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "framework_version" drop constraint "framework_version_rules_updated_by_id_foreign";`);
    this.addSql(`alter table "framework_version" drop column "rules_revision", drop column "rules_updated_by_id", drop column "rules_updated_at";`);
    this.addSql(`alter table "internal_audit_finding" drop column "updated_at";`);
    for (const table of ['self_evaluation_answer', 'internal_audit_finding', 'audit_finding', 'improvement_action', 'audit_programme']) {
      this.addSql(`alter table "${table}" drop column "revision";`);
    }
  }

}
