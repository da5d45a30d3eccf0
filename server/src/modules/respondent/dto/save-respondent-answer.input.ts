import { IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';
import { NormScore, SCORES, type Score } from '../../cycle/cycle-enums';
import { AnswerTextField } from '../../self-evaluation/dto/save-self-evaluation-answer.input';

/** A respondent's autosaved answer on one norm of their invitation; only the fields given change. A null score clears it. */
@InputType()
export class SaveRespondentAnswerInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  invitationId!: string;

  @Field(() => ID)
  @IsUUID()
  normId!: string;

  @ExpectedRevisionField()
  expectedRevision?: number | null;

  @AnswerTextField('What goes well (asked first, on purpose).')
  goesWell?: string;

  @AnswerTextField()
  toImprove?: string;

  @Field(() => NormScore, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn([...SCORES])
  score?: Score | null;
}
