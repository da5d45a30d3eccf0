import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';

export const FINDING_TEXT_MAX = 10_000;

/**
 * An appreciative finding on one norm: strengths are required and come first, improvement points may be
 * left out. Recording again for the same norm of the same audit replaces the earlier text.
 */
@InputType()
export class RecordInternalAuditFindingInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  internalAuditId!: string;

  @Field(() => ID)
  @IsUUID()
  normId!: string;

  @Field({ description: 'What goes well (asked first, on purpose).' })
  @IsString()
  @NotBlank()
  @MaxLength(FINDING_TEXT_MAX)
  @NoNulCharacter()
  strengths!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FINDING_TEXT_MAX)
  @NoNulCharacter()
  improvementPoints?: string | null;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
