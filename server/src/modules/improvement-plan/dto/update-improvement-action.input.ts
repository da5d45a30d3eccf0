import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NoNulCharacter } from '../../../common/text-rules';
import { ActionStatus } from '../improvement-action.entity';
import { ACTION_TEXT_MAX } from './save-improvement-action.input';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';

/** Progress on an accepted action: its status (forward only) and, if given, a new progress note. */
@InputType()
export class UpdateImprovementActionInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;

  @Field(() => ActionStatus)
  @IsIn(Object.values(ActionStatus))
  status!: ActionStatus;

  @Field(() => String, { nullable: true, description: 'Replaces the progress note; leave out to keep it.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(ACTION_TEXT_MAX)
  @NoNulCharacter()
  progressNote?: string | null;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
