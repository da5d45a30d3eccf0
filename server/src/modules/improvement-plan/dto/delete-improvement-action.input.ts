import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class DeleteImprovementActionInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;
}
