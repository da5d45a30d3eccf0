import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CycleCommandInput } from '../../cycle/dto/cycle-command.input';

/** Names (or withdraws) one member of the cycle's organisation as a writer of its consolidated answers. */
@InputType()
export class SelfEvaluationDelegationInput extends CycleCommandInput {
  @Field(() => ID, { description: "A member of the cycle's organisation." })
  @IsUUID()
  userId!: string;
}
