import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

/**
 * Makes an uploaded file the next version of a document in your library. (Uploading with the form field
 * previousEvidenceId does the same in one step.)
 */
@InputType()
export class AddEvidenceVersionInput extends CommandInput {
  @Field(() => ID, { description: 'The newest version so far.' })
  @IsUUID()
  previousEvidenceId!: string;

  @Field(() => ID, { description: 'The uploaded file that becomes the new version; it must not be in a version chain yet.' })
  @IsUUID()
  evidenceId!: string;
}
