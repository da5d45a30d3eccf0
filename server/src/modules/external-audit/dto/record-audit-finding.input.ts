import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NoNulCharacter } from '../../../common/text-rules';
import { NormScore, SCORES, type Score } from '../../cycle/cycle-enums';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';

export const AUDIT_FINDING_TEXT_MAX = 10_000;

/** The auditors' score and notes on one norm; recording again for the same norm replaces them. */
@InputType()
export class RecordAuditFindingInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => ID)
  @IsUUID()
  normId!: string;

  @Field(() => NormScore)
  @IsIn([...SCORES])
  score!: Score;

  @Field({ description: 'What goes well (asked first, on purpose).' })
  @IsString()
  @MaxLength(AUDIT_FINDING_TEXT_MAX)
  @NoNulCharacter()
  strengths!: string;

  @Field()
  @IsString()
  @MaxLength(AUDIT_FINDING_TEXT_MAX)
  @NoNulCharacter()
  improvementPoints!: string;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}
