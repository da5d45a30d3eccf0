import { Migration } from '@mikro-orm/migrations';

/**
 * A sign-up whose peer assessment is registered is COMPLETED: it no longer counts as the organisation's active
 * one (the partial unique index names OPEN and GROUPED only), so the organisation can sign up for its renewal.
 * A new enum value cannot be used in the transaction that adds it, so sign-ups registered before this change are
 * completed by the sign-up service when their organisation signs up again.
 */
export class Migration20261208690200_sign_up_completed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "sign_up_status" add value if not exists 'COMPLETED';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value: completed sign-ups go back to GROUPED, where they stood before.
    this.addSql(`update "peer_review_sign_up" set "status" = 'GROUPED' where "status" = 'COMPLETED';`);
  }

}
