import { componentLogger } from '../../common/logger';
import type { Mailer, OutgoingMail } from './mailer';

export type Wording = { title: string; body: string };

/** A notification just stored, with whom to mail it to. */
export interface NoticeRecipient {
  id: string;
  email: string;
  name: string;
}

const log = componentLogger('notify');

/** Mail may take this long in all; the rest of the notify activity's 10 s start-to-close timeout is the database's. */
const MAIL_BUDGET_MS = 6_000;

function mailOf(row: NoticeRecipient, text: Wording, appUrl: string): OutgoingMail {
  const body = [text.body.trim(), `Bekijk het in LabelCycle: ${appUrl}`].filter((part) => part !== '').join('\n\n');
  return { to: { name: row.name, address: row.email }, subject: text.title, text: `${body}\n` };
}

/**
 * Mails each new notification; never rejects. A failed or slow mail is logged and otherwise ignored: the
 * in-app notification is the record, and failing its writer would not resend (its rows already exist).
 */
export async function mailAll(mailer: Mailer, rows: NoticeRecipient[], key: string, text: Wording): Promise<void> {
  const sends = rows.map((row) =>
    mailer.send(mailOf(row, text, mailer.appUrl)).catch((err: unknown) => {
      // The notification id and the reason, not the error object (it can list the rejected addresses):
      // logs should not collect people's mail addresses.
      log.warn({ notificationId: row.id, reason: err instanceof Error ? err.message : String(err) }, 'mail for a notification failed');
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), MAIL_BUDGET_MS);
  });
  const outcome = await Promise.race([Promise.all(sends).then(() => 'done' as const), budget]);
  clearTimeout(timer);
  if (outcome === 'late') log.warn({ key, budgetMs: MAIL_BUDGET_MS }, 'mail still pending after its time budget; not waiting longer');
}
