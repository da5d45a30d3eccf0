import { IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { IsIsoDate } from '../../../common/date-rules';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { ExpectedRevisionField } from '../../../common/revision';

export const ACTION_TEXT_MAX = 10_000;
export const ACTION_OWNER_MAX = 200;

/**
 * One action of the improvement plan, as the whole form: without actionId a new action, with it the
 * action is replaced by what is given (so leaving out normId makes it a general action).
 */
@InputType()
export class SaveImprovementActionInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => ID, { nullable: true, description: 'The action to edit; leave out to add one.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The norm whose finding or improvement point this answers.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  normId?: string | null;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(ACTION_TEXT_MAX)
  @NoNulCharacter()
  what!: string;

  @Field({ description: 'Who carries it out (a name or a role).' })
  @IsString()
  @NotBlank()
  @MaxLength(ACTION_OWNER_MAX)
  @NoNulCharacter()
  owner!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsIsoDate()
  dueDate!: string;

  @Field({ description: 'How success will be seen.' })
  @IsString()
  @NotBlank()
  @MaxLength(ACTION_TEXT_MAX)
  @NoNulCharacter()
  successIndicator!: string;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
