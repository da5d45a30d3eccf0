import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql, type SqlFragment } from '../../common/sql-fragment';
import { DomainError } from '../../common/errors';
import type { Change } from '../../common/mutation-id';
import { User } from '../user/user.entity';
import type { SaveLearningContextNoteInput } from './dto/learning.inputs';
import { assertYear, DEFAULT_MIN_CONTRIBUTORS, DEFAULT_NORM_PERCENT, monthsOf, WEEKS_PER_MONTH } from './learning-rules';
import { LearningBudget, LearningContextNote, LearningSettings } from './learning-settings.entity';
import type { LearningMonth, LearningOverview } from './learning.views';
import type { Team } from './team.entity';
import type { TeamService } from './team.service';

/** A team's year before the privacy rule; never answered as such to anyone. */
export interface TeamYearFigures {
  normPercent: number;
  minContributors: number;
  budgetHours: number | null;
  months: { month: string; note: string | null; contributors: number; usedHours: number; offeredHours: number }[];
}

/**
 * The value in force at the end of a month, from rows that each start when they were made. A month before
 * the first row takes the first row: the first value anyone recorded is the best guess for before it.
 */
function inForce<T extends { createdAt: Date }>(rows: readonly T[], monthEnd: Date): T | undefined {
  return rows.filter((r) => r.createdAt < monthEnd).at(-1) ?? rows[0];
}

/** The first moment of the month after `month` (YYYY-MM), in UTC. */
const endOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The team's contract hours per week in force at the end of each month of the year, summed over its members,
 * in SQL: a team of thousands answers twelve rows instead of every member's history. A person's row is in
 * force from when it was made until their next row; their first row also stands for the time before it (the
 * first value anyone recorded is the best guess for before it, as `inForce` says). A member without contract
 * hours offers nothing. Month ends are the first moment of the next month in UTC.
 */
function offeredPerMonth(teamId: string, year: number): SqlFragment {
  return sql`with spans as (
      select ch.hours_per_week,
             case when row_number() over w = 1 then '-infinity'::timestamptz else ch.created_at end as from_at,
             coalesce(lead(ch.created_at) over w, 'infinity') as to_at
        from contract_hours ch
       where ch.person_id in (select person_id from team_member where team_id = ${teamId})
      window w as (partition by ch.person_id order by ch.created_at, ch.id)),
    -- Materialised, so each month's end is computed once rather than once per member.
    ends as materialized (
      select n, (make_date(${year}::int, 1, 1) + make_interval(months => n)) at time zone 'UTC' as end_at from generate_series(1, 12) n)
    select to_char(make_date(${year}::int, e.n, 1), 'YYYY-MM') as month, coalesce(sum(s.hours_per_week), 0) as weekly
      from ends e left join spans s on s.from_at < e.end_at and s.to_at >= e.end_at
     group by e.n`;
}

/**
 * The privacy rule applied to a team's year: a month shows figures only when at least the threshold of people
 * registered time in it. Every answer of a team's figures to a person goes through here.
 */
export function underThreshold(team: Team, year: number, figures: TeamYearFigures, options: { notes: boolean } = { notes: true }): LearningOverview {
  const months = figures.months.map<LearningMonth>(({ month, note: text, contributors, usedHours, offeredHours }) => {
    const note = options.notes ? text : null;
    return contributors < figures.minContributors
      ? { month, shown: false, offeredHours: null, usedHours: null, contributors: null, note }
      : { month, shown: true, offeredHours, usedHours, contributors, note };
  });
  return { teamId: team.id, teamName: team.name, year, normPercent: figures.normPercent, minContributors: figures.minContributors, budgetHours: figures.budgetHours, months };
}

/**
 * A team's learning time used against offered, per month. Only sums leave this service, and only for a month
 * in which at least the threshold of people registered time (docs/learning.md, the privacy rule).
 */
export class LearningOverviewService {
  constructor(private readonly teams: TeamService) {}

  async overview(em: EntityManager, user: User, teamId: string, year: number): Promise<LearningOverview> {
    assertYear('year', year);
    const team = await this.teams.readable(em, user, teamId);
    return underThreshold(team, year, await this.figures(em, team, year));
  }

  /**
   * A team's raw figures per month, before the privacy rule: for the overview above, which hides what the
   * threshold says, and for the learning year's quarter and year reports, which pass on sums or conclusions only.
   */
  async figures(em: EntityManager, team: Team, year: number): Promise<TeamYearFigures> {
    const organisationId = team.organisation.id;
    const [settings, weekly, used, notes, budget] = await Promise.all([
      em.find(LearningSettings, { organisation: organisationId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      queryRows<{ month: string; weekly: string }>(em, offeredPerMonth(team.id, year)),
      queryRows<{ month: string; hours: string; people: number }>(
        em,
        // From the monthly sums the database keeps (learning-month.entity.ts): one row per person who registered
        // time in a month, so the contributors are counted rows rather than distinct people among every entry.
        sql`select to_char(month, 'YYYY-MM') as month, sum(hours) as hours, count(*)::int as people from learning_month
             where person_id in (select person_id from team_member where team_id = ${team.id}) and month >= ${`${year}-01-01`}::date and month < ${`${year + 1}-01-01`}::date group by month`,
      ),
      em.find(LearningContextNote, { team: team.id, month: { $like: `${year}-%` } }),
      em.findOne(LearningBudget, { team: team.id, year }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
    ]);
    const now = settings.at(-1);
    const months = monthsOf(year).map((month) => {
      const spent = used.find((u) => u.month === month);
      const norm = inForce(settings, endOf(month))?.normPercent ?? DEFAULT_NORM_PERCENT;
      const hoursPerWeek = Number(weekly.find((w) => w.month === month)?.weekly ?? 0);
      return {
        month,
        note: notes.find((n) => n.month === month)?.text || null,
        contributors: spent?.people ?? 0,
        usedHours: spent ? Number(spent.hours) : 0,
        offeredHours: round2((hoursPerWeek * WEEKS_PER_MONTH * norm) / 100),
      };
    });
    return {
      normPercent: now?.normPercent ?? DEFAULT_NORM_PERCENT,
      minContributors: now?.minContributors ?? DEFAULT_MIN_CONTRIBUTORS,
      budgetHours: budget?.hours ?? null,
      months,
    };
  }

  /** The team lead's note for a month of one of their teams; an empty text clears it. */
  async saveNote(em: EntityManager, user: User, input: Change<SaveLearningContextNoteInput>): Promise<LearningContextNote> {
    const team = await this.teams.readable(em, user, input.teamId, 'teamId');
    if (team.archivedAt) throw new DomainError('CONFLICT', 'This team is archived; its notes can no longer be changed.', 'teamId');
    assertYear('month', Number(input.month.slice(0, 4)));
    const text = input.text.trim();
    const existing = await em.findOne(LearningContextNote, { team: team.id, month: input.month });
    if (existing) return Object.assign(existing, { text, writtenBy: em.getReference(User, user.id), updatedAt: new Date() });
    return em.create(LearningContextNote, { team: team.id, month: input.month, text, writtenBy: user.id });
  }
}
