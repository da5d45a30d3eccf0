import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProcessMessage } from '../../../../workflows/src/activities';
import { queryRows, sql } from '../../common/sql-fragment';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import { Notification } from '../notification/notification.entity';
import type { RespondentInvitation } from './respondent-invitation.entity';

/** The notification kind of an invitation to answer as a respondent. */
export const INVITATION_KIND = 'INVITATION';

/**
 * Tells each invitee in-app, in the invitation's own transaction: an invitation is never there without its
 * notice, nor a notice without its invitation. Worded like the workflow's notices (a code with data, stored
 * in Dutch, worded per reader when read).
 */
export async function notifyInvitees(tx: EntityManager, cycleId: string, invitations: readonly RespondentInvitation[]): Promise<void> {
  for (const invitation of invitations) {
    const message: ProcessMessage = { code: 'respondent-invited', params: { due: invitation.dueDate } };
    const text = noticeText(message, DEFAULT_LOCALE);
    tx.create(Notification, {
      user: invitation.respondent.id,
      cycle: cycleId,
      key: `respondent-invited#${invitation.id}`,
      kind: INVITATION_KIND,
      title: text.title,
      body: text.body,
      message,
    });
  }
  await tx.flush();
}

/** A reminder just stored, with whom to mail it to. */
export interface StoredReminder {
  id: string;
  email: string;
  name: string;
}

/**
 * Stores the reminder for each invitation of the cycle with this due date, made at or before `invitedAt`,
 * not submitted, while the self-evaluation still takes answers. The key is per invitation and the
 * notification unique per (person, cycle, key), so running it again stores nothing new; only the rows this
 * statement inserted come back.
 */
export function storeRespondentReminders(em: EntityManager, input: { cycleId: string; dueDate: string; invitedAt: string }): Promise<StoredReminder[]> {
  const message: ProcessMessage = { code: 'respondent-remind', params: { due: input.dueDate } };
  const text = noticeText(message, DEFAULT_LOCALE);
  return queryRows<StoredReminder>(
    em,
    sql`with inserted as (
       insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body, message)
       select gen_random_uuid(), now(), i.respondent_id, i.cycle_id, 'respondent-remind#' || i.id, 'REMINDER', ${text.title}, ${text.body}, ${JSON.stringify(message)}::jsonb
         from respondent_invitation i join cycle c on c.id = i.cycle_id
        where i.cycle_id = ${input.cycleId} and i.due_date = ${input.dueDate}::date and i.created_at <= ${input.invitedAt}::timestamptz
          and i.submitted_at is null and c.phase = 'SELF_EVALUATION' and c.self_evaluation_locked_at is null
       on conflict (user_id, cycle_id, key) do nothing
       returning id, user_id
     )
     select n.id, u.email, u.name from inserted n join app_user u on u.id = n.user_id`,
  );
}

/** An invitation's in-app notice, with whom to mail it to and the due date it names. */
export interface InvitationNotice extends StoredReminder {
  dueDate: string;
}

/** The notices of the invitations of the cycle made at `invitedAt` (one inviteRespondents), to mail. */
export function invitationNotices(em: EntityManager, input: { cycleId: string; invitedAt: string }): Promise<InvitationNotice[]> {
  return queryRows<InvitationNotice>(
    em,
    sql`select n.id, u.email, u.name, to_char(i.due_date, 'YYYY-MM-DD') as "dueDate"
          from respondent_invitation i
          join notification n on n.user_id = i.respondent_id and n.cycle_id = i.cycle_id and n.key = 'respondent-invited#' || i.id
          join app_user u on u.id = i.respondent_id
         where i.cycle_id = ${input.cycleId} and i.created_at = ${input.invitedAt}::timestamptz
         order by i.id`,
  );
}
