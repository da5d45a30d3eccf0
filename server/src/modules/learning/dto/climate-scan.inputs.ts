import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import { LearningCondition } from '../climate-scan.entity';
import { AGREEMENT_TEXT_MAX, MAX_QUESTIONS, PERIOD_MAX, QUESTION_TEXT_MAX, SCORE_MAX, SCORE_MIN } from '../climate-scan-rules';

@InputType()
export class ClimateScanQuestionInput {
  @Field(() => LearningCondition)
  @IsEnum(LearningCondition)
  condition!: LearningCondition;

  @Field({ description: `The statement in Dutch (at most ${QUESTION_TEXT_MAX} characters).` })
  @IsString()
  @NotBlank()
  @MaxLength(QUESTION_TEXT_MAX)
  @NoNulCharacter()
  textNl!: string;

  @Field({ defaultValue: '', description: 'The statement in English; may be empty, then the Dutch text is shown.' })
  @IsString()
  @MaxLength(QUESTION_TEXT_MAX)
  @NoNulCharacter()
  textEn!: string;
}

@InputType()
export class SaveClimateScanQuestionsInput extends CommandInput {
  @Field(() => [ClimateScanQuestionInput], { description: `The statements in their order, at least one per condition and at most ${MAX_QUESTIONS}; replaces the set for rounds opened from now on.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  questions!: ClimateScanQuestionInput[];
}

@InputType()
export class OpenClimateScanRoundInput extends CommandInput {
  @Field({ description: `What the round is called, for example "Najaar 2026" (at most ${PERIOD_MAX} characters).` })
  @IsString()
  @NotBlank()
  @MaxLength(PERIOD_MAX)
  @NoNulCharacter()
  period!: string;

  @Field(() => [ID], { description: 'The teams asked to answer: open teams of your organisation.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  teamIds!: string[];
}

@InputType()
export class CloseClimateScanRoundInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;
}

@InputType()
export class ClimateScanScoreInput {
  @Field({ description: 'The key of the statement (ClimateScanQuestion.id).' })
  @IsString()
  @MaxLength(100)
  questionId!: string;

  @Field(() => Int, { description: '1 (do not agree at all) to 5 (fully agree).' })
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  score!: number;
}

@InputType()
export class AnswerClimateScanInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field(() => ID, { description: 'The team you answer for: one of your teams in the round.' })
  @IsUUID()
  teamId!: string;

  @Field(() => [ClimateScanScoreInput], { description: 'A score for every statement of the round.' })
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  answers!: ClimateScanScoreInput[];
}

@InputType()
export class RecordTeamClimateAgreementInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  roundId!: string;

  @Field(() => ID)
  @IsUUID()
  teamId!: string;

  @Field({ description: `What the team concluded and agreed (at most ${AGREEMENT_TEXT_MAX} characters); empty clears it.` })
  @IsString()
  @MaxLength(AGREEMENT_TEXT_MAX)
  @NoNulCharacter()
  text!: string;
}
