import { Field, Int, ObjectType } from 'type-graphql';
import type { Stage, StepStatus } from '../../../../workflows/src/rules';
import { CycleStage, TimelineStepStatus } from './cycle-enums';

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
}
