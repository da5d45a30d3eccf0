import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { CycleCommandInput } from './cycle-command.input';
import { ReasonCommandInput } from './decision.inputs';

@InputType()
export class EngageCertifyingInstitutionInput extends CycleCommandInput {
  @Field(() => ID)
  @IsUUID()
  certifyingInstitutionId!: string;
}

@InputType()
export class AcceptEngagementInput extends CycleCommandInput {
  @Field(() => ID)
  @IsUUID()
  leadAuditorId!: string;

  @Field(() => ID)
  @IsUUID()
  coAuditorId!: string;

  @Field(() => Float, { nullable: true, description: "Leave empty to take the scheme's audit-days table." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(100)
  auditDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Required when auditDays differs from the table.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoNulCharacter()
  overrideReason?: string | null;
}

/** The institution's manager declines the engagement; the reason is shown to the organisation. */
@InputType()
export class DeclineEngagementInput extends ReasonCommandInput {}

@InputType()
export class ProposeAuditDatesInput extends CycleCommandInput {
  @Field(() => [String], { description: 'One to five date options, YYYY-MM-DD.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIsoDate({ each: true })
  dates!: string[];
}

@InputType()
export class ConfirmAuditDateInput extends CycleCommandInput {
  @Field()
  @IsIsoDate()
  date!: string;
}

@InputType()
export class ReplyToDraftReportInput extends CycleCommandInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  @NoNulCharacter()
  reply!: string;
}
