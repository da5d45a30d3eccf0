import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import type { LearningSchedule } from '../../../../workflows/src/learning-year';
import type { LearningYearCommands } from '../../temporal/learning-year-commands';
import type { User } from '../user/user.entity';
import { ClimateScanRound } from './climate-scan.entity';
import type { ClimateScanResultsService } from './climate-scan-results.service';
import type { StartLearningYearInput } from './dto/learning.inputs';
import { DEFAULT_FAR_UNDER_NORM_PERCENT, DEFAULT_SCAN_MONTHS, DEFAULT_SCAN_OPEN_DAYS } from './learning-rules';
import type { LearningOverviewService } from './learning-overview.service';
import { LearningSession } from './learning-session.entity';
import { LearningSettings, LearningYearReport, type LearningYearReportContent } from './learning-settings.entity';
import { LearningTheme } from './learning-theme.entity';
import { Team } from './team.entity';

const round2 = (n: number) => Math.round(n * 100) / 100;
/** The themes a year report names: those with the most interest. */
export const REPORT_THEMES = 5;

/** The year a moment falls in (UTC, as the workflow's calendar). */
export const yearOf = (at: Date) => at.getUTCFullYear();

/** The organisation's learning year: its workflow (started here), and the report it leaves when it closes. */
export class LearningYearService {
  constructor(
    /** null in the worker, which reads and builds but starts nothing. */
    private readonly commands: LearningYearCommands | null,
    private readonly overview: LearningOverviewService,
    private readonly scanResults: ClimateScanResultsService,
  ) {}

  /**
   * Starts the year's rhythm; starting it again is harmless. Last year (to close it with its report at once),
   * this year or next year: a year further off would only wait.
   */
  async start(em: EntityManager, user: User, input: Change<StartLearningYearInput>): Promise<LearningYearState> {
    const now = yearOf(new Date());
    if (!Number.isInteger(input.year) || input.year < now - 1 || input.year > now + 1) throw badInput('year', `Start last year, this year or next year (${now - 1}–${now + 1}).`, 'learningYearRange', { limit: now - 1 });
    const organisationId = user.organisation!.id;
    await this.commands!.ensureStarted({ organisationId, year: input.year, schedule: await this.schedule(em, organisationId) });
    return this.state(em, organisationId, input.year);
  }

  async state(em: EntityManager, organisationId: string, year: number): Promise<LearningYearState> {
    const report = await em.findOne(LearningYearReport, { organisation: organisationId, year });
    return { year, report };
  }

  /** Where the year stands: closed once its report is stored, running while its workflow runs, else not started. */
  async status(em: EntityManager, organisationId: string, year: number): Promise<LearningYearStatusName> {
    if (await em.count(LearningYearReport, { organisation: organisationId, year })) return 'CLOSED';
    return (await this.commands!.running(organisationId, year)) ? 'RUNNING' : 'NOT_STARTED';
  }

  /** The year's state, for the screen that starts it and reads its report. */
  async year(em: EntityManager, user: User, year: number): Promise<LearningYearState> {
    checkYear(year);
    return this.state(em, user.organisation!.id, year);
  }

  async report(em: EntityManager, user: User, year: number): Promise<LearningYearReport | null> {
    checkYear(year);
    return em.findOne(LearningYearReport, { organisation: user.organisation!.id, year });
  }

  /** The schedule of the newest settings, or the defaults. */
  async schedule(em: EntityManager, organisationId: string): Promise<LearningSchedule> {
    const newest = await em.findOne(LearningSettings, { organisation: organisationId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return newest
      ? { scanMonths: newest.scanMonths, scanOpenDays: newest.scanOpenDays, farUnderNormPercent: newest.farUnderNormPercent }
      : { scanMonths: [...DEFAULT_SCAN_MONTHS], scanOpenDays: DEFAULT_SCAN_OPEN_DAYS, farUnderNormPercent: DEFAULT_FAR_UNDER_NORM_PERCENT };
  }

  /** The year's aggregates: per team used against offered under the threshold, themes that lived, scan team averages. */
  async build(em: EntityManager, organisationId: string, year: number): Promise<LearningYearReportContent> {
    const teams = await em.find(Team, { organisation: organisationId, archivedAt: null }, { orderBy: { name: 'asc', id: 'asc' } });
    const content: LearningYearReportContent = { normPercent: 0, minContributors: 0, teams: [], themes: [], scanRounds: [], sessions: 0 };
    for (const team of teams) {
      const figures = await this.overview.figures(em, team, year);
      content.normPercent = figures.normPercent;
      content.minContributors = figures.minContributors;
      const shownMonths = figures.months.filter((m) => m.contributors >= figures.minContributors);
      const shown = shownMonths.length > 0;
      const used = round2(shownMonths.reduce((s, m) => s + m.usedHours, 0));
      const offered = round2(shownMonths.reduce((s, m) => s + m.offeredHours, 0));
      content.teams.push({ teamId: team.id, teamName: team.name, shown, usedHours: shown ? used : null, offeredHours: shown ? offered : null, metNorm: shown ? used >= offered : null });
    }
    const themes = await em.find(LearningTheme, { organisation: organisationId, createdAt: { $lt: new Date(Date.UTC(year + 1, 0, 1)) } }, { orderBy: { interestCount: 'desc', createdAt: 'desc', id: 'desc' }, limit: REPORT_THEMES });
    content.themes = themes.map((t) => ({ title: t.title, interestCount: t.interestCount }));
    const rounds = await em.find(
      ClimateScanRound,
      { organisation: organisationId, closedAt: { $ne: null }, createdAt: { $gte: new Date(Date.UTC(year, 0, 1)), $lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    for (const round of rounds) {
      content.scanRounds.push(await roundAggregates(this.scanResults, em, round));
    }
    content.sessions = await em.count(LearningSession, { organisation: organisationId, date: { $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` } });
    return content;
  }
}

/** A closed round's team averages per condition, under the threshold: as the report keeps them and evidence shows them. */
export async function roundAggregates(scanResults: ClimateScanResultsService, em: EntityManager, round: ClimateScanRound): Promise<LearningYearReportContent['scanRounds'][number]> {
  const results = await scanResults.allTeams(em, round);
  return {
    roundId: round.id,
    period: round.period,
    teams: results.teams.map((t) => ({ teamName: t.teamName, shown: t.shown, averages: t.conditions.map((c) => ({ condition: c.condition, average: c.average })) })),
  };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'Give a year from 2000 to 2100.', 'yearRange');
}

export type LearningYearStatusName = 'NOT_STARTED' | 'RUNNING' | 'CLOSED';

export interface LearningYearState {
  year: number;
  report: LearningYearReport | null;
}
