import { ScoreCounts } from '../cycle/score-counts.view';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CyclePhase, CycleVariant, type Phase, type Variant } from '../cycle/cycle-enums';

@ObjectType()
export class PhaseCount {
  @Field(() => CyclePhase)
  phase!: Phase;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class VariantCount {
  @Field(() => CycleVariant)
  variant!: Variant;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PhaseDuration {
  @Field(() => CyclePhase)
  phase!: Phase;

  @Field(() => Float, { nullable: true, description: 'Average time a cycle spent in the phase, over completed stays; null when none was completed yet.' })
  averageSeconds!: number | null;

  @Field(() => Int, { description: 'How many completed stays the average is over: one per cycle that has left the phase.' })
  cycles!: number;
}

@ObjectType({ description: 'How auditors scored one norm across the sector.' })
export class NormFindingCount extends ScoreCounts {
  @Field()
  normCode!: string;

  @Field()
  normTitle!: string;

  @Field({ description: 'Name and version of the framework the norm belongs to: a code means something only within its version.' })
  frameworkVersion!: string;
}

/** The sector body's dashboard figures; each field is computed only when asked for. */
@ObjectType()
export class SectorOverview {}
