import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { LearningKind } from '../learning-entry.entity';

@InputType()
export class SaveTeamInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'The team to change; none for a new team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(120)
  @NoNulCharacter()
  name!: string;

  @Field(() => [ID], { description: 'The people in the team (members of your organisation); replaces the previous list.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberIds!: string[];
}

@InputType()
export class ArchiveTeamInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;
}

@InputType()
export class SetLearningSettingsInput extends CommandInput {
  @Field(() => Float, { description: 'Share of contract hours offered for learning, in percent (0–100).' })
  @IsNumber()
  normPercent!: number;

  @Field(() => Int, { description: 'How many people must have registered time before a team month shows figures; at least 3.' })
  @IsInt()
  minContributors!: number;

  @Field(() => [Int], { nullable: true, description: 'Months (1–12) in which the learning year opens a climate-scan round, at most 4; left out, the months in force stay.' })
  @IsOptional()
  @IsArray()
  scanMonths?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'Days a scheduled round stays open (1–60); left out, the days in force stay.' })
  @IsOptional()
  @IsInt()
  scanOpenDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Months (12–120) a person's registered learning time is kept, then removed; left out, the months in force stay." })
  @IsOptional()
  @IsInt()
  retentionMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'The share (0–100 %) of its offered room below which a team is signalled to its lead after a quarter; left out, the share in force stays.' })
  @IsOptional()
  @IsInt()
  farUnderNormPercent?: number | null;
}

@InputType()
export class StartLearningYearInput extends CommandInput {
  @Field(() => Int, { description: 'The learning year: last year, this year or next year.' })
  @IsInt()
  year!: number;
}

@InputType()
export class SetLearningBudgetInput extends CommandInput {
  @Field(() => Int)
  @IsInt()
  year!: number;

  @Field(() => Float, { description: 'Hours for the year.' })
  @IsNumber()
  hours!: number;

  @Field(() => ID, { nullable: true, description: 'The team the budget is for; or name a person instead.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'The person the budget is for; or name a team instead.' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

@InputType()
export class SetContractHoursInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => Float, { description: 'Contract hours per week (0–60).' })
  @IsNumber()
  hoursPerWeek!: number;
}

@InputType()
export class LearningTimeFields extends CommandInput {
  @Field({ description: 'The day (YYYY-MM-DD); not in the future.' })
  @IsIsoDate()
  date!: string;

  @Field(() => Float, { description: 'Hours, in quarters of an hour, more than 0 and at most 24.' })
  @IsNumber()
  hours!: number;

  @Field(() => LearningKind)
  @IsEnum(LearningKind)
  kind!: LearningKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacter()
  theme?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoNulCharacter()
  goal?: string;
}

@InputType()
export class RegisterLearningTimeInput extends LearningTimeFields {}

@InputType()
export class UpdateLearningTimeInput extends LearningTimeFields {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;
}

@InputType()
export class DeleteLearningTimeInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;
}

@InputType()
export class SaveLearningContextNoteInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field({ description: 'The month (YYYY-MM).' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;

  @Field({ description: 'The note; empty removes it.' })
  @IsString()
  @MaxLength(2000)
  @NoNulCharacter()
  text!: string;
}

export const YEARS = { min: 2000, max: 2100 };

@ArgsType()
export class LearningOverviewArgs {
  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field(() => Int, { description: 'The calendar year (2000–2100).' })
  @IsInt()
  year!: number;
}

@InputType()
export class LinkLearningEvidenceInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => ID, { description: "A norm of the cycle's framework version the evidence supports." })
  @IsUUID()
  normId!: string;

  @Field(() => ID, { nullable: true, description: 'A learning year report of your organisation; or name a scan round instead.' })
  @IsOptional()
  @IsUUID()
  learningYearReportId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A closed climate-scan round of your organisation: its team aggregates are the evidence.' })
  @IsOptional()
  @IsUUID()
  climateScanRoundId?: string | null;
}

@InputType()
export class UnlinkLearningEvidenceInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  linkId!: string;
}
