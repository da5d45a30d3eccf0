import { Field, Int, ObjectType } from 'type-graphql';
import { LearningYearReport } from './learning-settings.entity';
import { LearningOverview } from './learning.views';
import { LearningYearReportScanRound } from './learning-year.views';

@ObjectType({ description: "An audited organisation's learning as its auditors read it: team aggregates only, under the organisation's threshold." })
export class LearningDashboard {
  @Field()
  organisationName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The threshold of contributors now in force: a month, a team or a scan result shows only from it on.' })
  minContributors!: number;

  @Field(() => [LearningOverview], { description: 'The open teams with figures in at least one month; a month under the threshold has none. Notes are left out.' })
  teams!: LearningOverview[];

  @Field(() => Int, { description: 'How many open teams have no month above the threshold yet; they are not named.' })
  teamsNotShown!: number;

  @Field(() => [LearningYearReportScanRound], { description: "The year's closed climate-scan rounds: team averages, only above the threshold." })
  climateScans!: LearningYearReportScanRound[];

  @Field(() => LearningYearReport, { nullable: true, description: 'The learning year report; null until the year is closed.' })
  yearReport!: LearningYearReport | null;
}
