import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProcessMessage } from '../../../../workflows/src/activities';
import { queryRows, sql } from '../../common/sql-fragment';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import type { Mailer } from './mailer';
import { mailAll, type NoticeRecipient } from './notice-mail';

export interface AccountNotice {
  userId: string;
  /** What happened; the same key is not repeated while its last notification waits unread (see `notify`). */
  key: string;
  kind: 'SECURITY';
  message: ProcessMessage;
}

/**
 * Notifications about a person's own account rather than a cycle (no cycle id), written by the api. Worded
 * like the workflow's: a code with data, stored in Dutch for mail and worded per reader when read.
 */
export class AccountNotices {
  constructor(private readonly mailer: Mailer | null) {}

  /**
   * Notifies the account's owner in-app, and by mail when SMTP is configured, unless a notification with the
   * same key from the last `quietMs` is still unread: someone who has not looked yet is told once, however
   * often the same thing happens again meanwhile. Resolves when the notification is stored (true) or skipped
   * (false); the mail goes out afterwards and is never waited for.
   */
  async notify(em: EntityManager, notice: AccountNotice, quietMs: number): Promise<boolean> {
    const text = noticeText(notice.message, DEFAULT_LOCALE);
    const since = new Date(Date.now() - quietMs);
    const inserted = await queryRows<NoticeRecipient>(
      em,
      sql`with inserted as (
         insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body, message)
         select gen_random_uuid(), now(), u.id, null, ${notice.key}, ${notice.kind}, ${text.title}, ${text.body}, ${JSON.stringify(notice.message)}::jsonb
           from app_user u
          where u.id = ${notice.userId}
            and not exists (select 1 from notification n
                             where n.user_id = u.id and n.cycle_id is null and n.key = ${notice.key} and n.read_at is null and n.created_at > ${since})
         returning id, user_id
       )
       select i.id, u.email, u.name from inserted i join app_user u on u.id = i.user_id`,
    );
    if (inserted.length > 0 && this.mailer) void mailAll(this.mailer, inserted, notice.key, text);
    return inserted.length > 0;
  }
}
