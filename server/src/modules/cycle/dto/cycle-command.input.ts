import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

/** A command on one cycle that needs nothing but the cycle (complete preparation, submit…). */
@InputType()
export class CycleCommandInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;
}
