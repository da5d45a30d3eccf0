import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';

@InputType()
export class DeleteImprovementActionInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;

  /** A delete is an edit too: whoever deletes must have seen the action as it now stands. */
  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
