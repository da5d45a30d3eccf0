import type { MikroORM } from '@mikro-orm/postgresql';
import type { Audience, CycleActivities, NotificationRequest } from '../../../workflows/src/activities';
import type { Mailer, OutgoingMail } from '../modules/notification/mailer';

/**
 * Who each audience is, as a query over the cycle `c`. Constant SQL only; the request's values are bound.
 * The organisation's quality officers answer for the cycle; internal auditors and viewers are not asked to act.
 */
const AUDIENCE_SQL: Record<Audience, string> = {
  ORGANISATION: `select u.id from app_user u join c on u.organisation_id = c.organisation_id where u.role = 'ORG_QUALITY_OFFICER'`,
  // No rows while no institution is engaged: the join on a null id matches nothing.
  CERTIFYING_INSTITUTION: `select u.id from app_user u join c on u.certifying_institution_id = c.certifying_institution_id where u.role = 'CI_MANAGER'`,
  AUDITORS: `select u.id from app_user u join c on u.id in (c.lead_auditor_id, c.co_auditor_id)`,
  SECTOR_BODY: `select u.id from app_user u cross join c where u.role = 'SECTOR_ADMIN'`,
  SECTOR_DECIDERS: `select u.id from app_user u cross join c where u.role = 'SECTOR_DECIDER'`,
};

/** Mail may take this long in all; the rest of the 10 s start-to-close timeout is the database's. */
const MAIL_BUDGET_MS = 6_000;

interface Inserted {
  id: string;
  email: string;
  name: string;
}

export function createNotifyActivity(orm: MikroORM, mailer: Mailer | null): Pick<CycleActivities, 'notify'> {
  return {
    async notify(request: NotificationRequest): Promise<void> {
      const audiences = [...new Set(request.audience)];
      if (audiences.length === 0) return;
      const selects = audiences.map((a) => {
        const sql = AUDIENCE_SQL[a];
        // A misspelt audience would otherwise notify nobody without a trace.
        if (!sql) throw new Error(`unknown audience ${String(a)}`);
        return sql;
      });
      const conn = orm.em.fork();
      // One statement: `union` notifies a person in two audiences once, and the unique (user_id, cycle_id,
      // key) makes a retried or concurrent attempt insert nothing. Only rows this statement inserted come
      // back, so only those are mailed and a retry never mails twice.
      const inserted = await conn.execute<Inserted[]>(
        `with c as (
           select organisation_id, certifying_institution_id, lead_auditor_id, co_auditor_id from cycle where id = ?
         ),
         recipients as (${selects.join(' union ')}),
         inserted as (
           insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body)
           select gen_random_uuid(), now(), r.id, ?::uuid, ?, ?, ?, ? from recipients r
           on conflict (user_id, cycle_id, key) do nothing
           returning id, user_id
         )
         select i.id, u.email, u.name from inserted i join app_user u on u.id = i.user_id`,
        [request.cycleId, request.cycleId, request.key, request.kind, request.title, request.body],
      );
      if (inserted.length === 0) {
        // Nothing new is normal on a retry; a missing cycle is a fault and must not pass silently.
        const [cycle] = await conn.execute<{ id: string }[]>(`select id from cycle where id = ?`, [request.cycleId]);
        if (!cycle) throw new Error(`cycle ${request.cycleId} does not exist`);
        return;
      }
      if (mailer) await mailAll(mailer, inserted, request);
    },
  };
}

function mailOf(row: Inserted, request: NotificationRequest, appUrl: string): OutgoingMail {
  const text = [request.body.trim(), `Bekijk het in LabelCycle: ${appUrl}`].filter((part) => part !== '').join('\n\n');
  return { to: { name: row.name, address: row.email }, subject: request.title, text: `${text}\n` };
}

/**
 * Mails each new notification. A failed or slow mail is logged and otherwise ignored: the in-app notification
 * is the record, and failing the activity would not resend (its rows already exist) but only delay the workflow.
 */
async function mailAll(mailer: Mailer, rows: Inserted[], request: NotificationRequest): Promise<void> {
  const sends = rows.map((row) =>
    mailer.send(mailOf(row, request, mailer.appUrl)).catch((err: unknown) => {
      // The notification id, not the address: logs should not collect people's mail addresses.
      console.warn(`[notify] mail for notification ${row.id} failed: ${err instanceof Error ? err.message : String(err)}`);
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), MAIL_BUDGET_MS);
  });
  const outcome = await Promise.race([Promise.all(sends).then(() => 'done' as const), budget]);
  clearTimeout(timer);
  if (outcome === 'late') console.warn(`[notify] mail for ${request.key} still pending after ${MAIL_BUDGET_MS} ms; not waiting longer`);
}
