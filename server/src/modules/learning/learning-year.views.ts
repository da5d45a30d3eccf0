import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LearningCondition } from './climate-scan.entity';

@ObjectType({ description: "A team's year in the learning year report: only when at least one month met the threshold of contributors, the months that did." })
export class LearningYearReportTeam {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field()
  shown!: boolean;

  @Field(() => Float, { nullable: true })
  usedHours!: number | null;

  @Field(() => Float, { nullable: true })
  offeredHours!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the hours used reached the hours offered under the norm; null when not shown.' })
  metNorm!: boolean | null;
}

@ObjectType()
export class LearningYearReportTheme {
  @Field()
  title!: string;

  @Field(() => Int)
  interestCount!: number;
}

@ObjectType()
export class LearningYearReportAverage {
  @Field(() => LearningCondition)
  condition!: LearningCondition;

  @Field(() => Float, { nullable: true })
  average!: number | null;
}

@ObjectType()
export class LearningYearReportScanTeam {
  @Field()
  teamName!: string;

  @Field()
  shown!: boolean;

  @Field(() => [LearningYearReportAverage])
  averages!: LearningYearReportAverage[];
}

@ObjectType({ description: 'A closed climate-scan round of the year, per team (aggregates above the threshold only).' })
export class LearningYearReportScanRound {
  @Field(() => ID)
  roundId!: string;

  @Field()
  period!: string;

  @Field(() => [LearningYearReportScanTeam])
  teams!: LearningYearReportScanTeam[];
}
