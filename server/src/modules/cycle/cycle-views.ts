import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MEASURE_KEYS, type MeasureKey, type Stage, type StepStatus } from '../../../../workflows/src/rules';
import { CycleStage, enumObject, TimelineStepStatus } from './cycle-enums';

export const StageMeasureKey = enumObject<MeasureKey>(MEASURE_KEYS);
registerEnumType(StageMeasureKey, { name: 'StageMeasureKey', description: 'What the numbers of a stage measure count.' });

@ObjectType({ description: 'How far a stage is: value out of max, and what they count.' })
export class StageMeasure {
  @Field(() => StageMeasureKey)
  key!: MeasureKey;

  @Field(() => Int)
  value!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType()
export class Progress {
  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Whole percent, rounded down.' })
  percent!: number;
}

@ObjectType()
export class TimelineStep {
  @Field(() => CycleStage)
  stage!: Stage;

  @Field(() => TimelineStepStatus)
  status!: StepStatus;

  @Field(() => StageMeasure)
  measure!: StageMeasure;
}
