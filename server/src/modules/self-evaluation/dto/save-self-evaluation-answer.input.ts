import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NoNulCharacter } from '../../../common/text-rules';
import { NormScore, SCORES, type Score } from '../../cycle/cycle-enums';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';

export const ANSWER_TEXT_MAX = 10_000;

/** An optional text of an answer, as every answer input declares it. */
export function AnswerTextField(description?: string): PropertyDecorator {
  return (target, key) => {
    Field({ nullable: true, description })(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(ANSWER_TEXT_MAX)(target, key);
    NoNulCharacter()(target, key);
  };
}

/**
 * An autosaved draft answer on one norm. Only the fields given are changed, so two respondents typing in
 * different fields of the same norm do not overwrite each other. A null score clears the score.
 */
@InputType()
export class SaveSelfEvaluationAnswerInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => ID)
  @IsUUID()
  normId!: string;

  @Field(() => NormScore, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn([...SCORES])
  score?: Score | null;

  @AnswerTextField()
  explanation?: string;

  @AnswerTextField('What goes well (asked first, on purpose).')
  goesWell?: string;

  @AnswerTextField()
  toImprove?: string;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
