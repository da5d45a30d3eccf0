import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

@InputType()
export class UnlinkEvidenceInput extends CommandInput {
  @Field(() => ID, { description: 'The link, as listed in cycle.evidenceLinks.' })
  @IsUUID()
  linkId!: string;
}
