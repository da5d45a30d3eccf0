import type { MikroORM } from '@mikro-orm/postgresql';
import type { Audience, CycleActivities, NotificationRequest } from '../../../../workflows/src/activities';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import type { Mailer } from './mailer';
import { mailAll, type NoticeRecipient, type Wording } from './notice-mail';
import { joinSql, queryRows, sql, SqlFragment } from '../../common/sql-fragment';

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

export function createNotifyActivity(orm: MikroORM, mailer: Mailer | null): Pick<CycleActivities, 'notify'> {
  return {
    async notify(request: NotificationRequest): Promise<void> {
      const audiences = [...new Set(request.audience)];
      if (audiences.length === 0) return;
      const selects = audiences.map((a) => {
        const audienceSql = AUDIENCE_SQL[a];
        // A misspelt audience would otherwise notify nobody without a trace.
        if (!audienceSql) throw new Error(`unknown audience ${String(a)}`);
        return audienceSql;
      });
      const conn = orm.em.fork();
      // Stored and mailed in Dutch; the api words the message again in each reader's language.
      const text = wording(request);
      // One statement: `union` notifies a person in two audiences once, and the unique (user_id, cycle_id,
      // key) makes a retried or concurrent attempt insert nothing. Only rows this statement inserted come
      // back, so only those are mailed and a retry never mails twice.
      const recipients = joinSql(selects.map((text) => new SqlFragment(text, [])), ' union ');
      const message = request.message ? JSON.stringify(request.message) : null;
      const inserted = await queryRows<NoticeRecipient>(
        conn,
        sql`with c as (
           select organisation_id, certifying_institution_id, lead_auditor_id, co_auditor_id from cycle where id = ${request.cycleId}
         ),
         recipients as (${recipients}),
         inserted as (
           insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body, message)
           select gen_random_uuid(), now(), r.id, ${request.cycleId}::uuid, ${request.key}, ${request.kind}, ${text.title}, ${text.body}, ${message}::jsonb
             from recipients r
           on conflict (user_id, cycle_id, key) do nothing
           returning id, user_id
         )
         select i.id, u.email, u.name from inserted i join app_user u on u.id = i.user_id`,
      );
      if (inserted.length === 0) {
        // Nothing new is normal on a retry; a missing cycle is a fault and must not pass silently.
        const [cycle] = await queryRows<{ id: string }>(conn, sql`select id from cycle where id = ${request.cycleId}`);
        if (!cycle) throw new Error(`cycle ${request.cycleId} does not exist`);
        return;
      }
      if (mailer) await mailAll(mailer, inserted, request.key, text);
    },
  };
}

/** Requests from before messages had codes carry their Dutch texts themselves. */
function wording(request: NotificationRequest): Wording {
  return request.message ? noticeText(request.message, DEFAULT_LOCALE) : { title: request.title ?? '', body: request.body ?? '' };
}
