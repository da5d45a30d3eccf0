import { IsIn, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { ADVICES, AuditAdvice, type Advice } from '../cycle-enums';
import { CycleCommandInput } from './cycle-command.input';

/** Strengths come before improvement points, in the report as in every form. */
@InputType()
export class IssueDraftReportInput extends CycleCommandInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  @NoNulCharacter()
  summary!: string;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  @NoNulCharacter()
  strengths!: string;

  @Field()
  @IsString()
  @MaxLength(20000)
  @NoNulCharacter()
  improvementPoints!: string;
}

@InputType()
export class IssueFinalReportInput extends IssueDraftReportInput {
  @Field(() => AuditAdvice)
  @IsIn([...ADVICES])
  advice!: Advice;
}
