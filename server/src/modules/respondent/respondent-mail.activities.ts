import type { MikroORM } from '@mikro-orm/postgresql';
import type { CycleActivities } from '../../../../workflows/src/activities';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import type { Mailer } from '../notification/mailer';
import { mailAll } from '../notification/notice-mail';
import { invitationNotices, storeRespondentReminders } from './respondent-notices';

/** How long the invitations of a signal may take to commit before they count as rolled back. */
const UNCOMMITTED_GRACE_MS = 2 * 60_000;

/**
 * The workflow's mails to respondents: the reminder to those who have not submitted (stored once per
 * invitation, mailed when new), and the invitation itself (stored by the api with the invitation, mailed
 * from here so the mail survives the api stopping). A retry after a crash mid-send may mail an invitation
 * twice; a mail is the copy, the in-app notice the record.
 */
export function createRespondentMailActivities(orm: MikroORM, mailer: Mailer | null): Pick<CycleActivities, 'remindRespondents' | 'mailRespondentInvitations'> {
  return {
    async remindRespondents(input): Promise<void> {
      const stored = await storeRespondentReminders(orm.em.fork(), input);
      if (stored.length && mailer) {
        await mailAll(mailer, stored, `respondent-remind#${input.dueDate}`, noticeText({ code: 'respondent-remind', params: { due: input.dueDate } }, DEFAULT_LOCALE));
      }
    },
    async mailRespondentInvitations(input): Promise<void> {
      if (!mailer) return;
      const rows = await invitationNotices(orm.em.fork(), input);
      // The api signals from inside the transaction that stores the invitations (so a refused signal keeps
      // nothing), and this can run before that transaction commits: no rows yet is "not yet", and the retry
      // finds them. An invitation always names someone, so rows still missing after a while mean the
      // transaction rolled back after the signal, and there is nothing to mail.
      if (!rows.length) {
        if (Date.now() - Date.parse(input.invitedAt) < UNCOMMITTED_GRACE_MS) throw new Error(`the invitations of ${input.invitedAt} are not committed yet`);
        return;
      }
      // One inviteRespondents names one due date; grouped all the same, so the wording is per due date.
      for (const dueDate of new Set(rows.map((r) => r.dueDate))) {
        const text = noticeText({ code: 'respondent-invited', params: { due: dueDate } }, DEFAULT_LOCALE);
        await mailAll(mailer, rows.filter((r) => r.dueDate === dueDate), `respondent-invited#${input.invitedAt}`, text);
      }
    },
  };
}
