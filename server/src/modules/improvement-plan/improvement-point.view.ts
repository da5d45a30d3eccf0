import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NormScore, type Score } from '../cycle/cycle-enums';

/**
 * An audit finding the improvement plan has to answer: scored below MEETS, or with
 * improvement points written down. `covered` says whether an action on its norm exists yet.
 */
@ObjectType()
export class ImprovementPoint {
  @Field(() => ID)
  findingId!: string;

  @Field(() => ID)
  normId!: string;

  @Field()
  normCode!: string;

  @Field()
  normTitle!: string;

  @Field(() => NormScore)
  score!: Score;

  @Field({ description: 'True when the finding scored PARTLY_MEETS or DOES_NOT_MEET.' })
  belowMeets!: boolean;

  @Field()
  improvementPoints!: string;

  @Field({ description: 'True when at least one action of the plan answers this norm.' })
  covered!: boolean;

  @Field(() => Int)
  actionCount!: number;
}
