import { Field, Int, ObjectType } from 'type-graphql';
import type { Score } from './cycle-enums';

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

/** The tally of a list of scores; an unscored entry (null) counts nowhere. */
export function countScores(scores: readonly (Score | null)[]): ScoreCounts {
  const of = (score: Score) => scores.filter((s) => s === score).length;
  return { meets: of('MEETS'), partlyMeets: of('PARTLY_MEETS'), doesNotMeet: of('DOES_NOT_MEET'), notApplicable: of('NOT_APPLICABLE') };
}
