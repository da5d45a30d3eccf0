import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import { ClimateScanRound, ClimateTeamAgreement, LearningCondition } from './climate-scan.entity';

export const ClimateScanRoundPage = PageOf(ClimateScanRound, 'ClimateScanRoundPage');

@ObjectType({ description: 'A team asked in a round: its ID and name only.' })
export class ClimateScanTeam {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A team of yours in the open round, and whether you answered for it.' })
export class ClimateScanTeamToAnswer {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field({ description: 'True once you answered for this team in this round (what you answered is not kept with your name).' })
  answered!: boolean;
}

@ObjectType({ description: 'The open round as you see it: its statements and your teams in it.' })
export class ClimateScanForYou {
  @Field(() => ClimateScanRound)
  round!: ClimateScanRound;

  @Field(() => [ClimateScanTeamToAnswer])
  teams!: ClimateScanTeamToAnswer[];
}

@ObjectType({ description: "A team's figure for one condition; null when the team's figures are not shown." })
export class ClimateConditionResult {
  @Field(() => LearningCondition)
  condition!: LearningCondition;

  @Field(() => Float, { nullable: true, description: 'The average score (1–5) over the statements of the condition and the people who answered.' })
  average!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people answered.' })
  count!: number | null;
}

@ObjectType({ description: "A team's results in a round: figures only when enough people answered, and what the team agreed." })
export class ClimateTeamResult {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field({ description: 'False while the round is open, or when fewer people than the threshold answered: then no figures are given.' })
  shown!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many people answered; null when not shown.' })
  respondents!: number | null;

  @Field(() => [ClimateConditionResult])
  conditions!: ClimateConditionResult[];

  @Field(() => ClimateTeamAgreement, { nullable: true, description: 'What the team concluded and agreed, as its team lead recorded it.' })
  agreement!: ClimateTeamAgreement | null;
}

@ObjectType({ description: 'The results of a round, per team you may see.' })
export class ClimateScanResults {
  @Field(() => ClimateScanRound)
  round!: ClimateScanRound;

  @Field(() => Int, { description: "The threshold now in force (the organisation's minContributors)." })
  minRespondents!: number;

  @Field(() => [ClimateTeamResult])
  teams!: ClimateTeamResult[];
}
