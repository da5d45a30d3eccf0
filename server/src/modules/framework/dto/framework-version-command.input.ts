import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

/** A command on one framework version that needs nothing but the version (publish, retire). */
@InputType()
export class FrameworkVersionCommandInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  frameworkVersionId!: string;
}
