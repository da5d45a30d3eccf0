import { Field, Int, ObjectType } from 'type-graphql';
import { NormScore, type Score } from '../cycle/cycle-enums';
import { ScoreCounts } from '../cycle/score-counts.view';
import { AwardRule } from '../framework/framework-rules';
import { Norm } from '../framework/norm.entity';

/** A norm the award rule weighs: a finding that would block the award unless the plan answers it. */
@ObjectType()
export class DecidingNorm {
  @Field(() => Norm)
  norm!: Norm;

  @Field(() => NormScore, { description: "The auditors' score." })
  score!: Score;

  @Field(() => NormScore, { nullable: true, description: "The organisation's own score in its self-evaluation; null when it gave none." })
  selfEvaluationScore!: Score | null;

  @Field(() => Int, { description: "Actions of the improvement plan on this norm." })
  actionCount!: number;

  @Field({ description: 'True when this norm stands in the way of an award under the rule.' })
  blocking!: boolean;
}

@ObjectType({ description: 'The decision dossier at a glance: the tallies, and what the award rule says.' })
export class DecisionSummary {
  @Field(() => ScoreCounts, { description: "The auditors' findings, counted per score." })
  findings!: ScoreCounts;

  @Field(() => ScoreCounts, { description: "The organisation's self-evaluation, counted per score, on the same norms." })
  selfEvaluation!: ScoreCounts;

  @Field(() => Int, { description: 'Norms of the framework version without a finding.' })
  normsWithoutFinding!: number;

  @Field(() => AwardRule, { description: "The award rule of the cycle's framework version." })
  awardRule!: AwardRule;

  @Field({ description: 'True while the scheme rules are LabelCycle placeholders.' })
  awardRulePlaceholder!: boolean;

  @Field({ description: 'True when the rule allows the award now: no norm blocks it.' })
  awardAllowed!: boolean;

  @Field(() => [DecidingNorm], { description: 'The norms the rule weighs, in the framework order; blocking or answered by an action.' })
  decidingNorms!: DecidingNorm[];
}
