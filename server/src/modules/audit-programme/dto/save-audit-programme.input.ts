import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { INTERVIEW_GROUPS, type InterviewGroup as Group } from '../../../../../workflows/src/rules';
import { CycleCommandInput } from '../../cycle/dto/cycle-command.input';
import { NoNulCharacter } from '../../../common/text-rules';
import { InterviewGroup } from '../audit-programme.view';
import { ExpectedRevisionField } from '../../../common/revision';

export const MAX_PROGRAMME_SLOTS = 100;
export const MAX_SLOT_NORMS = 500;

/**
 * One interview slot. Only types and sizes are declared here; what makes a slot right (times, the label of
 * OTHER, participants or a number, norms named once, overlaps) is the process model's, judged by the service.
 */
@InputType()
export class AuditProgrammeSlotInput {
  @Field(() => Int, { description: '1 up to the planned audit days.' })
  @IsInt()
  day!: number;

  @Field({ description: 'HH:MM, 24-hour clock.' })
  @IsString()
  @MaxLength(5)
  startTime!: string;

  @Field({ description: 'HH:MM, after the start time.' })
  @IsString()
  @MaxLength(5)
  endTime!: string;

  @Field(() => InterviewGroup)
  @IsIn([...INTERVIEW_GROUPS])
  group!: Group;

  @Field(() => String, { nullable: true, description: 'Required for OTHER: which group it is.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacter()
  groupLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Names or roles of the people interviewed; this, headCount or both.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoNulCharacter()
  participants?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people are interviewed, at least 1.' })
  @IsOptional()
  @IsInt()
  @Max(10_000)
  headCount?: number | null;

  @Field(() => [ID], { description: "Norms of the cycle's framework version this slot covers, each once." })
  @ArrayMaxSize(MAX_SLOT_NORMS)
  @IsUUID('all', { each: true })
  normIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: "The cycle's lead and/or co-auditor who hold the slot." })
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true })
  auditorIds!: string[];
}

/** The whole programme; saving replaces every slot and clears the organisation's confirmation. */
@InputType()
export class SaveAuditProgrammeInput extends CycleCommandInput {
  @Field(() => [AuditProgrammeSlotInput], { description: `Up to ${MAX_PROGRAMME_SLOTS} slots.` })
  @ArrayMaxSize(MAX_PROGRAMME_SLOTS)
  @ValidateNested({ each: true })
  slots!: AuditProgrammeSlotInput[];

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
