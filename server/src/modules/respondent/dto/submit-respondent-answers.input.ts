import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

@InputType()
export class SubmitRespondentAnswersInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;
}
