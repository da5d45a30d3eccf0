import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput } from '../../common/errors';
import { queryRows, sql } from '../../common/sql-fragment';
import { LearningCondition } from './climate-scan.entity';
import type { LearningYearReportContent } from './learning-settings.entity';

/** Sector figures are given over at least this many organisations, so none can be picked out. */
export const SECTOR_MIN_ORGANISATIONS = 5;
/** A theme is named only when at least this many organisations share it: a theme of one could name its organisation. */
export const SECTOR_MIN_THEME_ORGANISATIONS = 2;
const SECTOR_THEMES = 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

@ObjectType()
export class SectorLearningTheme {
  @Field()
  title!: string;

  @Field(() => Int, { description: 'Organisations whose year report names the theme among its most-interested ones.' })
  organisations!: number;
}

@ObjectType()
export class SectorScanAverage {
  @Field(() => LearningCondition)
  condition!: LearningCondition;

  @Field(() => Float, { nullable: true })
  average!: number | null;
}

@ObjectType({ description: "Anonymised learning figures of the sector for a year, from the organisations' learning year reports." })
export class SectorLearningFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The fewest organisations any figure is given over.' })
  minOrganisations!: number;

  @Field({ description: 'False when fewer organisations than minOrganisations have figures: then every figure is null or empty.' })
  enough!: boolean;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the organisations with team figures whose teams together used at least the room their own norm offered.' })
  shareMeetingOwnNorm!: number | null;

  @Field(() => Int, { nullable: true })
  organisationsWithFigures!: number | null;

  @Field(() => [SectorLearningTheme])
  themes!: SectorLearningTheme[];

  @Field(() => [SectorScanAverage], { description: 'Per condition the mean over organisations of their teams’ averages; empty when fewer organisations than the minimum have scan results.' })
  scanAverages!: SectorScanAverage[];

  @Field(() => Int, { nullable: true })
  organisationsWithScan!: number | null;
}

/** The sector's learning figures: only aggregates of aggregates, and only over enough organisations. */
export class SectorLearningService {
  async figures(em: EntityManager, year: number): Promise<SectorLearningFigures> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'Give a year from 2000 to 2100.', 'yearRange');
    const reports = await queryRows<{ content: LearningYearReportContent }>(em, sql`select content from learning_year_report where year = ${year} order by created_at, id`);
    const withFigures = reports.map((r) => r.content).filter((c) => c.teams.some((t) => t.shown));
    const met = withFigures.filter((c) => {
      const shown = c.teams.filter((t) => t.shown);
      return shown.reduce((s, t) => s + (t.usedHours ?? 0), 0) >= shown.reduce((s, t) => s + (t.offeredHours ?? 0), 0);
    });
    const scans = reports
      .map((r) => conditionMeans(r.content))
      .filter((m): m is Map<LearningCondition, number> => m !== null);
    const themeCounts = new Map<string, { title: string; organisations: number }>();
    for (const { content } of reports) {
      for (const key of new Set(content.themes.map((t) => t.title.trim().toLocaleLowerCase('nl')))) {
        const title = content.themes.find((t) => t.title.trim().toLocaleLowerCase('nl') === key)!.title.trim();
        const entry = themeCounts.get(key) ?? { title, organisations: 0 };
        entry.organisations++;
        themeCounts.set(key, entry);
      }
    }
    const enough = reports.length >= SECTOR_MIN_ORGANISATIONS;
    const figuresEnough = withFigures.length >= SECTOR_MIN_ORGANISATIONS;
    const scanEnough = scans.length >= SECTOR_MIN_ORGANISATIONS;
    return {
      year,
      minOrganisations: SECTOR_MIN_ORGANISATIONS,
      enough: enough && (figuresEnough || scanEnough),
      shareMeetingOwnNorm: figuresEnough ? round2(met.length / withFigures.length) : null,
      organisationsWithFigures: figuresEnough ? withFigures.length : null,
      themes: enough
        ? [...themeCounts.values()]
            .filter((t) => t.organisations >= SECTOR_MIN_THEME_ORGANISATIONS)
            .sort((a, b) => b.organisations - a.organisations || a.title.localeCompare(b.title, 'nl'))
            .slice(0, SECTOR_THEMES)
        : [],
      scanAverages: scanEnough
        ? Object.values(LearningCondition).map((condition) => {
            const values = scans.map((m) => m.get(condition)).filter((v): v is number => v !== undefined);
            return { condition, average: values.length ? round2(values.reduce((s, v) => s + v, 0) / values.length) : null };
          })
        : [],
      organisationsWithScan: scanEnough ? scans.length : null,
    };
  }
}

/** One organisation's mean per condition over the shown team averages of its year's rounds; null without any. */
function conditionMeans(content: LearningYearReportContent): Map<LearningCondition, number> | null {
  const sums = new Map<LearningCondition, { sum: number; n: number }>();
  for (const round of content.scanRounds) {
    for (const team of round.teams.filter((t) => t.shown)) {
      for (const { condition, average } of team.averages) {
        if (average === null) continue;
        const s = sums.get(condition as LearningCondition) ?? { sum: 0, n: 0 };
        sums.set(condition as LearningCondition, { sum: s.sum + average, n: s.n + 1 });
      }
    }
  }
  if (!sums.size) return null;
  return new Map([...sums].map(([c, s]) => [c, s.sum / s.n]));
}
