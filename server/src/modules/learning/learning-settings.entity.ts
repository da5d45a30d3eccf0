import { DecimalType, Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { Team } from './team.entity';
import { LearningYearReportScanRound, LearningYearReportTeam, LearningYearReportTheme } from './learning-year.views';
import { DEFAULT_FAR_UNDER_NORM_PERCENT, DEFAULT_SCAN_MONTHS, DEFAULT_SCAN_OPEN_DAYS, DEFAULT_RETENTION_MONTHS } from './learning-rules';

/**
 * The organisation's learning norm and the privacy threshold, as set at one moment. A change adds a row; the
 * newest row counts, so the history of the norm is the rows themselves.
 */
@ObjectType()
@Entity({ tableName: 'learning_settings' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class LearningSettings extends BaseEntity<'scanMonths' | 'scanOpenDays' | 'farUnderNormPercent' | 'retentionMonths'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => Float, { description: 'The share of contract hours offered for learning, in percent (for example 10).' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  normPercent!: number;

  @Field(() => Int, { description: 'A team month shows figures only when at least this many people registered time in it.' })
  @Property({ type: 'int' })
  minContributors!: number;

  @Field(() => [Int], { description: 'Months (1–12) in which the learning year opens a climate-scan round, on the first of the month.' })
  @Property({ type: 'jsonb', defaultRaw: `'${JSON.stringify(DEFAULT_SCAN_MONTHS)}'` })
  scanMonths: number[] = [...DEFAULT_SCAN_MONTHS];

  @Field(() => Int, { description: 'Days a scheduled climate-scan round stays open.' })
  @Property({ type: 'int' })
  scanOpenDays: number = DEFAULT_SCAN_OPEN_DAYS;

  @Field(() => Int, { description: "A team that used less than this share (percent) of its offered room in a quarter is signalled to its team lead. A placeholder default, the organisation's own choice." })
  @Property({ type: 'int' })
  farUnderNormPercent: number = DEFAULT_FAR_UNDER_NORM_PERCENT;

  @Field(() => Int, { description: "Months a person's registered learning time is kept; older entries are removed. Year reports keep their team figures." })
  @Property({ type: 'int' })
  retentionMonths: number = DEFAULT_RETENTION_MONTHS;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;
}

/** A learning budget in hours for one year, of a team or of a person; a change adds a row, the newest counts. */
@ObjectType()
@Entity({ tableName: 'learning_budget' })
@Index({ properties: ['organisation', 'year', 'createdAt'] })
export class LearningBudget extends BaseEntity<'teamId' | 'personId'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team?: Ref<Team>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  person?: Ref<User>;

  @Field(() => Int)
  @Property({ type: 'int' })
  year!: number;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2 })
  hours!: number;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;

  @Field(() => ID, { nullable: true })
  get teamId(): string | null {
    return this.team?.id ?? null;
  }

  @Field(() => ID, { nullable: true })
  get personId(): string | null {
    return this.person?.id ?? null;
  }
}

/** A person's contract hours per week from a moment on; a change adds a row, the newest counts. */
@ObjectType()
@Entity({ tableName: 'contract_hours' })
@Index({ properties: ['person', 'createdAt'] })
export class ContractHours extends BaseEntity<'personId'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;

  @Field(() => Float)
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  hoursPerWeek!: number;

  @ManyToOne(() => User, { ref: true })
  setBy!: Ref<User>;

  @Field(() => ID)
  get personId(): string {
    return this.person.id;
  }
}

/** The team lead's note beside a team's figures for one month: one per team and month, rewritten in place. */
@ObjectType()
@Entity({ tableName: 'learning_context_note' })
@Unique({ properties: ['team', 'month'] })
export class LearningContextNote extends BaseEntity<'updatedAt'> {
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  @Field({ description: 'The month (YYYY-MM).' })
  @Property({ type: 'text' })
  month!: string;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne(() => User, { ref: true })
  writtenBy!: Ref<User>;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}

/**
 * What the learning-year workflow concluded about one organisation's year, stored when the year closes: per
 * team the hours used against offered (only where the threshold of contributors is met), the themes that lived
 * and the scan rounds' team averages. Aggregates only; one per organisation and year.
 */
@ObjectType()
@Entity({ tableName: 'learning_year_report' })
@Unique({ properties: ['organisation', 'year'] })
export class LearningYearReport extends BaseEntity<'normPercent' | 'minContributors' | 'teams' | 'themes' | 'scanRounds' | 'sessions'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => Int)
  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'jsonb' })
  content!: LearningYearReportContent;

  @Field(() => Float, { description: 'The learning norm in force when the year closed.' })
  get normPercent(): number {
    return this.content.normPercent;
  }

  @Field(() => Int)
  get minContributors(): number {
    return this.content.minContributors;
  }

  @Field(() => [LearningYearReportTeam])
  get teams(): LearningYearReportContent['teams'] {
    return this.content.teams;
  }

  @Field(() => [LearningYearReportTheme], { description: 'The themes with the most interest.' })
  get themes(): LearningYearReportContent['themes'] {
    return this.content.themes;
  }

  @Field(() => [LearningYearReportScanRound])
  get scanRounds(): LearningYearReportContent['scanRounds'] {
    return this.content.scanRounds;
  }

  @Field(() => Int, { description: 'Learning sessions held in the year.' })
  get sessions(): number {
    return this.content.sessions;
  }
}

export interface LearningYearReportContent {
  normPercent: number;
  minContributors: number;
  teams: { teamId: string; teamName: string; shown: boolean; usedHours: number | null; offeredHours: number | null; metNorm: boolean | null }[];
  themes: { title: string; interestCount: number }[];
  scanRounds: { roundId: string; period: string; teams: { teamName: string; shown: boolean; averages: { condition: string; average: number | null }[] }[] }[];
  sessions: number;
}
