import { Field, Int, ObjectType } from 'type-graphql';

/** How many gave each score; shared by every tally of scores the API shows. */
@ObjectType()
export abstract class ScoreCounts {
  @Field(() => Int)
  meets!: number;

  @Field(() => Int)
  partlyMeets!: number;

  @Field(() => Int)
  doesNotMeet!: number;

  @Field(() => Int)
  notApplicable!: number;
}
