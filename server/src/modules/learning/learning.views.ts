import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import { LearningEntry } from './learning-entry.entity';
import { LearningBudget, LearningSettings } from './learning-settings.entity';

export const LearningEntryPage = PageOf(LearningEntry, 'LearningEntryPage');
export const LearningSettingsPage = PageOf(LearningSettings, 'LearningSettingsPage');
export const LearningBudgetPage = PageOf(LearningBudget, 'LearningBudgetPage');

@ObjectType({ description: 'A person in a team, as the people who manage or lead it see them.' })
export class TeamPerson {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: "A team's learning in one month: figures only when enough people contributed." })
export class LearningMonth {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field({ description: 'False when fewer people than the threshold registered time: then no figures are given.' })
  shown!: boolean;

  @Field(() => Float, { nullable: true, description: 'Hours offered: contract hours × the learning norm, over the month; null when not shown.' })
  offeredHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours registered; null when not shown.' })
  usedHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people registered time; null when not shown.' })
  contributors!: number | null;

  @Field(() => String, { nullable: true, description: "The team lead's note for the month." })
  note!: string | null;
}

@ObjectType({ description: "A team's learning time used against offered, per month of a year." })
export class LearningOverview {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'The learning norm now in force, in percent.' })
  normPercent!: number;

  @Field(() => Int, { description: 'The threshold now in force.' })
  minContributors!: number;

  @Field(() => Float, { nullable: true, description: "The team's budget for the year in hours; null when none was set." })
  budgetHours!: number | null;

  @Field(() => [LearningMonth])
  months!: LearningMonth[];
}

@ObjectType({ description: 'All your learning data, to take with you: one JSON document and two CSV tables.' })
export class MyLearningData {
  @Field()
  exportedAt!: Date;

  @Field({ description: 'Your learning time, learning goals, proposed agenda themes, the themes you show interest in, the learning sessions you take part in and the climate-scan rounds you answered, as one JSON document.' })
  json!: string;

  @Field({ description: 'Your learning time as CSV (UTF-8, with a byte-order mark).' })
  entriesCsv!: string;

  @Field({ description: 'Your learning goals as CSV (UTF-8, with a byte-order mark); lists are one item a line within a cell.' })
  goalsCsv!: string;
}

@ObjectType({ description: 'What deleteMyLearningData removed.' })
export class LearningDataDeleted {
  @Field(() => Int, { description: 'Learning time entries deleted.' })
  entries!: number;

  @Field(() => Int, { description: 'Learning goals deleted.' })
  goals!: number;

  @Field(() => Int, { description: 'Interest in learning-agenda themes withdrawn (their counts go down).' })
  interests!: number;

  @Field(() => Int, { description: 'Learning-agenda themes you proposed: they stay for those interested, without your name.' })
  themes!: number;

  @Field(() => Int, { description: 'Markers that you answered a learning-climate scan, of closed rounds (those of a round still open stay until it closes).' })
  climateScanMarkers!: number;

  @Field(() => Int, { description: 'Learning sessions you took part in: your participation and attendance went (the learning time it gave is among the entries).' })
  sessions!: number;
}

@ObjectType({ description: 'A person taking part in a learning session, and whether they attended.' })
export class LearningSessionParticipantView {
  @Field(() => TeamPerson)
  person!: TeamPerson;

  @Field({ description: 'True once the learning coordinator recorded that they attended.' })
  attended!: boolean;
}
