import { Migration } from '@mikro-orm/migrations';

const PHASES = `'PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'PEER_ASSESSMENT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REGISTERED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'`;
const OLD_PHASES = `'PREPARATION', 'SELF_EVALUATION', 'INTERNAL_AUDIT', 'EXTERNAL_AUDIT', 'IMPROVEMENT_PLAN', 'DECISION', 'CERTIFIED', 'REFUSED', 'EXPIRED', 'WITHDRAWN', 'RENEWED'`;
const OLD_STEPS = `'AWAITING_ENGAGEMENT', 'ENGAGEMENT_REQUESTED', 'SCHEDULING', 'DATES_PROPOSED', 'AUDITING', 'AWAITING_REPLY', 'REPLIED', 'DRAFTING', 'SUBMITTED', 'AWAITING_DECISION', 'DEFERRED', 'VALID', 'SUSPENDED'`;
const STEPS = `${OLD_STEPS}, 'AWAITING_GROUP', 'GROUP_FORMED', 'VISITS_PLANNED', 'REPORTS_FINAL'`;

/** The columns that hold a phase, each with its check constraint. */
const PHASE_COLUMNS = [
  ['cycle', 'phase'],
  ['cycle_transition', 'from_phase'],
  ['cycle_transition', 'to_phase'],
  ['evidence_link', 'linked_in_phase'],
] as const;

/**
 * The peer path of a PEER_REVIEW cycle (docs/process-model.md, The peer path): its phases and steps, and the
 * link from a peer review sign-up to the organisation's cycle the assessment is part of.
 */
export class Migration20261208600000_peer_review_path extends Migration {

  override async up(): Promise<void> {
    this.checks(PHASES, STEPS);
    this.addSql(`alter table "peer_review_sign_up" add column "cycle_id" uuid null;`);
    this.addSql(`alter table "peer_review_sign_up" add constraint "peer_review_sign_up_cycle_id_foreign" foreign key ("cycle_id") references "cycle" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "peer_review_sign_up_cycle_id_index" on "peer_review_sign_up" ("cycle_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "peer_review_sign_up" drop column "cycle_id";`);
    this.checks(OLD_PHASES, OLD_STEPS);
  }

  private checks(phases: string, steps: string): void {
    for (const [table, column] of PHASE_COLUMNS) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_${column}_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_check" check ("${column}" in (${phases}));`);
    }
    this.addSql(`alter table "cycle" drop constraint if exists "cycle_step_check";`);
    this.addSql(`alter table "cycle" add constraint "cycle_step_check" check ("step" in (${steps}));`);
  }

}
