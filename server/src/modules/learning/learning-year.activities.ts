import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProcessMessage } from '../../../../workflows/src/activities';
import type { LearningYearActivities } from '../../../../workflows/src/learning-year';
import { queryRows, sql } from '../../common/sql-fragment';
import { DEFAULT_LOCALE, noticeText } from '../cycle/process-texts';
import type { Mailer } from '../notification/mailer';
import { mailAll, type NoticeRecipient } from '../notification/notice-mail';
import { ORGANISATION_ROLES, Role } from '../user/role';
import { ClimateScanResultsService } from './climate-scan-results.service';
import { ClimateScanRound } from './climate-scan.entity';
import { ClimateScanService } from './climate-scan.service';
import { LearningOverviewService } from './learning-overview.service';
import { LearningSettingsService } from './learning-settings.service';
import { LearningYearReport } from './learning-settings.entity';
import { LearningYearService } from './learning-year.service';
import { Team } from './team.entity';
import { TeamService } from './team.service';

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * The learning year's ports: notifications about learning (no cycle; keyed per organisation, year and
 * occasion so a retried activity adds nothing), scheduled scan rounds and the year report.
 */
export function createLearningYearActivities(orm: MikroORM, mailer: Mailer | null): LearningYearActivities {
  const teams = new TeamService();
  const overview = new LearningOverviewService(teams);
  const settings = new LearningSettingsService(teams, null);
  const scan = new ClimateScanService();
  const years = new LearningYearService(null, overview, new ClimateScanResultsService(settings));

  /** Notifies each user once per key (a retry finds the row and adds nothing), then mails those new. */
  async function notify(em: EntityManager, userIds: string[], key: string, kind: string, message: ProcessMessage): Promise<number> {
    if (!userIds.length) return 0;
    const text = noticeText(message, DEFAULT_LOCALE);
    const inserted = await queryRows<NoticeRecipient>(
      em,
      sql`with inserted as (
         insert into notification (id, created_at, user_id, cycle_id, key, kind, title, body, message)
         select gen_random_uuid(), now(), u.id, null, ${key}, ${kind}, ${text.title}, ${text.body}, ${JSON.stringify(message)}::jsonb
           from app_user u
          where u.id = any(string_to_array(${userIds.join(',')}, ',')::uuid[])
            and not exists (select 1 from notification n where n.user_id = u.id and n.cycle_id is null and n.key = ${key})
         returning id, user_id
       )
       select i.id, u.email, u.name from inserted i join app_user u on u.id = i.user_id`,
    );
    if (inserted.length && mailer) await mailAll(mailer, inserted, key, text);
    return inserted.length;
  }

  const usersWithRole = async (em: EntityManager, organisationId: string, roles: Role[]) =>
    (await queryRows<{ id: string }>(em, sql`select id from app_user where organisation_id = ${organisationId} and role = any(string_to_array(${roles.join(',')}, ',')::role[])`)).map((r) => r.id);

  return {
    async nudgeLearningTime({ organisationId, year, month }) {
      const em = orm.em.fork();
      const professionals = await usersWithRole(em, organisationId, [Role.ORG_PROFESSIONAL]);
      const notified = await notify(em, professionals, `learning-nudge#${organisationId}#${year}-${month}`, 'REMINDER', {
        code: 'learning-nudge',
        params: { month: MONTHS_NL[month - 1], monthNumber: month, year },
      });
      return { notified };
    },

    async learningQuarterOverview({ organisationId, year, quarter, farUnderNormPercent }) {
      const em = orm.em.fork();
      const open = await em.find(Team, { organisation: organisationId, archivedAt: null }, { orderBy: { name: 'asc', id: 'asc' } });
      const months = [0, 1, 2].map((i) => `${year}-${String((quarter - 1) * 3 + i + 1).padStart(2, '0')}`);
      let shown = 0;
      let farUnder = 0;
      for (const team of open) {
        const figures = await overview.figures(em, team, year);
        const inQuarter = figures.months.filter((m) => months.includes(m.month));
        const used = inQuarter.reduce((s, m) => s + m.usedHours, 0);
        const offered = inQuarter.reduce((s, m) => s + m.offeredHours, 0);
        if (inQuarter.every((m) => m.contributors >= figures.minContributors)) shown++;
        // Only the conclusion goes to the team's own leads, never figures and never anyone above them by name:
        // the lead is the one who can talk with the team about what pressed on learning.
        if (offered > 0 && (used / offered) * 100 < farUnderNormPercent) {
          farUnder++;
          const leads = (await teams.members(em, team.id)).filter((u) => u.role === Role.ORG_TEAM_LEAD).map((u) => u.id);
          await notify(em, leads, `learning-under-norm#${team.id}#${year}-Q${quarter}`, 'LEARNING', {
            code: 'learning-under-norm',
            params: { team: team.name, quarter, year, percent: farUnderNormPercent },
          });
        }
      }
      const readers = await usersWithRole(em, organisationId, [Role.ORG_LEARNING_COORDINATOR, Role.ORG_TEAM_LEAD]);
      await notify(em, readers, `learning-quarter#${organisationId}#${year}-Q${quarter}`, 'LEARNING', {
        code: 'learning-quarter',
        params: { quarter, year, teams: open.length, shown },
      });
      return { teams: open.length, farUnder };
    },

    async openScheduledScanRound({ organisationId, year, month }) {
      const em = orm.em.fork();
      return em.transactional(async (tx) => {
        const open = await tx.find(Team, { organisation: organisationId, archivedAt: null });
        if (!open.length) return { roundId: null };
        // A round opened by hand is left to whoever opened it; the schedule's round is skipped.
        if (await tx.count(ClimateScanRound, { organisation: organisationId, closedAt: null })) return { roundId: null };
        const round = await scan.open(tx, organisationId, null, { period: `${MONTHS_NL[month - 1]} ${year}`, teamIds: open.map((t) => t.id) });
        await tx.flush();
        const readers = await usersWithRole(tx, organisationId, ORGANISATION_ROLES);
        await notify(tx, readers, `learning-scan-open#${round.id}`, 'LEARNING', { code: 'learning-scan-open', params: { period: round.period } });
        return { roundId: round.id };
      });
    },

    async closeScheduledScanRound({ organisationId, roundId }) {
      const em = orm.em.fork();
      await em.transactional(async (tx) => {
        const round = await tx.findOne(ClimateScanRound, { id: roundId, organisation: organisationId });
        if (!round || round.closedAt) return;
        await scan.close(tx, organisationId, roundId);
      });
    },

    async closeLearningYear({ organisationId, year }) {
      const em = orm.em.fork();
      const existing = await em.findOne(LearningYearReport, { organisation: organisationId, year });
      if (existing) return { reportId: existing.id };
      const content = await years.build(em, organisationId, year);
      const [row] = await queryRows<{ id: string }>(
        em,
        sql`insert into learning_year_report (id, created_at, organisation_id, year, content) values (gen_random_uuid(), now(), ${organisationId}, ${year}, ${JSON.stringify(content)}::jsonb)
            on conflict (organisation_id, year) do update set year = excluded.year returning id`,
      );
      const met = content.teams.filter((t) => t.metNorm).length;
      const readers = await usersWithRole(em, organisationId, [Role.ORG_LEARNING_COORDINATOR, Role.ORG_QUALITY_OFFICER]);
      await notify(em, readers, `learning-year#${organisationId}#${year}`, 'LEARNING', { code: 'learning-year-closed', params: { year, teams: content.teams.length, met } });
      return { reportId: row.id };
    },
  };
}

