import { ArrayMaxSize, IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { LearningSessionKind } from '../learning-session.entity';

/** At most this many people in one session: a central training for a large organisation fits. */
export const MAX_SESSION_PARTICIPANTS = 500;

@InputType()
export class PlanLearningSessionInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'The agenda theme the session serves; it is then shown as planned.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  @NoNulCharacter()
  title!: string;

  @Field(() => LearningSessionKind)
  @IsEnum(LearningSessionKind)
  kind!: LearningSessionKind;

  @Field({ description: 'The day (YYYY-MM-DD): from the year 2000 on, at most a year ahead.' })
  @IsIsoDate()
  date!: string;

  @Field(() => Float, { description: 'Hours, in quarters of an hour, more than 0 and at most 24.' })
  @IsNumber()
  hours!: number;

  @Field(() => ID, { nullable: true, description: 'The team the session is for; its people take part when no participants are named.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'The people of your organisation taking part.' })
  @ArrayMaxSize(MAX_SESSION_PARTICIPANTS)
  @IsUUID('all', { each: true })
  participantIds!: string[];
}

@InputType()
export class RecordLearningSessionAttendanceInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => [ID], { description: 'The participants who attended; replaces what was recorded before. Those left out get no (or lose their) learning time.' })
  @ArrayMaxSize(MAX_SESSION_PARTICIPANTS)
  @IsUUID('all', { each: true })
  attendeeIds!: string[];
}
