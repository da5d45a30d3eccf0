import type { MikroORM } from '@mikro-orm/postgresql';
import type { Audience, CycleActivities, NotificationRequest } from '../../../../workflows/src/activities';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import type { Mailer } from './mailer';
import { mailAll, type NoticeRecipient, type Wording } from './notice-mail';
import { joinSql, queryRows, sql, SqlFragment } from '../../common/sql-fragment';
import { actingAudiences, topicOf } from './notice-category';

/**
 * Who each audience is, as a query over the cycle `c`. Constant SQL only; the request's values are bound.
 * The organisation's quality officers answer for the cycle; internal auditors and viewers are not asked to act.
 */
const AUDIENCE_SQL: Record<Audience, string> = {
  ORGANISATION: `select u.id, 'ORGANISATION' as audience from app_user u join c on u.organisation_id = c.organisation_id where u.role = 'ORG_QUALITY_OFFICER'`,
  // No rows while no institution is engaged: the join on a null id matches nothing.
  CERTIFYING_INSTITUTION: `select u.id, 'CERTIFYING_INSTITUTION' as audience from app_user u join c on u.certifying_institution_id = c.certifying_institution_id where u.role = 'CI_MANAGER'`,
  AUDITORS: `select u.id, 'AUDITORS' as audience from app_user u join c on u.id in (c.lead_auditor_id, c.co_auditor_id)`,
  SECTOR_BODY: `select u.id, 'SECTOR_BODY' as audience from app_user u cross join c where u.role = 'SECTOR_ADMIN'`,
  SECTOR_DECIDERS: `select u.id, 'SECTOR_DECIDERS' as audience from app_user u cross join c where u.role = 'SECTOR_DECIDER'`,
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
      // One statement. A person in two audiences is notified once (`distinct on`), asked to act when either
      // audience is; the unique (user_id, cycle_id, key) makes a retried or concurrent attempt insert nothing.
      // Only rows this statement inserted come back, so only those are mailed and a retry never mails twice.
      // The same person's earlier notices on the same occasion of this cycle ("dates#4" before "dates#9") are
      // marked replaced, but only when this one is new: the update sees the rows as they were before the
      // statement, so it never touches the notice it has just inserted.
      const recipients = joinSql(selects.map((text) => new SqlFragment(text, [])), ' union ');
      const acting = actingAudiences(request.key).join(',');
      const topic = topicOf(request.key);
      const message = request.message ? JSON.stringify(request.message) : null;
      const inserted = await queryRows<NoticeRecipient>(
        conn,
        sql`with c as (
           select organisation_id, certifying_institution_id, lead_auditor_id, co_auditor_id from cycle where id = ${request.cycleId}
         ),
         recipients as (${recipients}),
         people as (
           select r.id, bool_or(r.audience = any(string_to_array(${acting}, ','))) as acts from recipients r group by r.id
         ),
         inserted as (
           insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body, message, asks_to_act)
           select gen_random_uuid(), now(), p.id, ${request.cycleId}::uuid, ${request.key}, ${request.kind}, ${text.title}, ${text.body}, ${message}::jsonb, p.acts
             from people p
           on conflict (user_id, cycle_id, key) do nothing
           returning id, user_id
         ),
         replaced as (
           update notification o set superseded_at = now()
             from inserted i
            where o.user_id = i.user_id and o.cycle_id = ${request.cycleId}::uuid and o.key <> ${request.key}
              and split_part(o.key, '#', 1) = ${topic} and o.superseded_at is null
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
