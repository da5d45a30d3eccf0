import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter } from '../../../common/text-rules';
import { MAX_INVITEES } from '../../../../../workflows/src/rules';
import { RESPONDENT_LAYERS, RespondentLayerEnum, type RespondentLayer } from '../respondent-layer';

@InputType()
export class RespondentInviteeInput {
  @Field(() => ID, { description: 'A member of the cycle\'s organisation (Organisation.members).' })
  @IsUUID()
  userId!: string;

  @Field(() => RespondentLayerEnum, { description: 'The layer this person answers as.' })
  @IsIn([...RESPONDENT_LAYERS])
  layer!: RespondentLayer;
}

@InputType()
export class InviteRespondentsInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => [RespondentInviteeInput], { description: `1 to ${MAX_INVITEES} members of the cycle's organisation; no one twice.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INVITEES)
  @ValidateNested({ each: true })
  invitees!: RespondentInviteeInput[];

  @Field(() => [String], { nullable: true, description: 'Norm categories (FrameworkCategory.code) to answer; empty or left out = all norms.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @NoNulCharacter({ each: true })
  categoryCodes?: string[] | null;

  @Field({ description: "yyyy-mm-dd, today or later (Europe/Amsterdam) and not after the self-evaluation's deadline when one runs." })
  @IsIsoDate()
  dueDate!: string;
}
