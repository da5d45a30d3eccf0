import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { IsIsoDate } from '../../../common/date-rules';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

export const MAX_INTERNAL_AUDITORS = 10;

/** An internal audit of one team or unit, on a date, by one to ten of the organisation's own people. */
@InputType()
export class PlanInternalAuditInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field({ description: 'The team or unit audited.' })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  @NoNulCharacter()
  unit!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsIsoDate()
  plannedDate!: string;

  @Field(() => [ID], {
    description: `1 to ${MAX_INTERNAL_AUDITORS} users of the organisation, each an internal auditor or the quality officer.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INTERNAL_AUDITORS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  auditorIds!: string[];
}
