import { IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { ExpectedRevisionField } from '../../../common/revision';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

export const PEER_TEXT_MAX = 10_000;

@InputType()
export class LearningReportCommandInput extends CommandInput {
  @Field(() => ID, { description: 'The visit the learning report is of.' })
  @IsUUID()
  peerVisitId!: string;
}

/**
 * One finding of the pair on a norm; recording again for the same norm replaces it. The appreciative fields
 * come first, and what goes well may not be left empty: a finding starts from what goes well.
 */
@InputType()
export class RecordPeerFindingInput extends LearningReportCommandInput {
  @Field(() => ID, { description: "A norm of the framework version the visited organisation's cycle uses (or the newest published one without a cycle)." })
  @IsUUID()
  normId!: string;

  @Field({ description: 'What goes well (asked first, on purpose); not empty.' })
  @IsString()
  @NotBlank({ message: 'goesWell must say what goes well: a finding starts from what goes well.' })
  @MaxLength(PEER_TEXT_MAX)
  @NoNulCharacter()
  goesWell!: string;

  @Field({ description: 'The intention behind the way of working.' })
  @IsString()
  @MaxLength(PEER_TEXT_MAX)
  @NoNulCharacter()
  intention!: string;

  @Field({ description: 'Points to learn from.' })
  @IsString()
  @MaxLength(PEER_TEXT_MAX)
  @NoNulCharacter()
  learningPoints!: string;

  @ExpectedRevisionField()
  expectedRevision?: number | null;
}

@InputType()
export class IssueLearningReportInput extends LearningReportCommandInput {
  @Field({ description: "The pair's summary of the visit: what goes well overall, then what to learn from." })
  @IsString()
  @NotBlank({ message: 'summary is empty; a learning report is issued with a summary.' })
  @MaxLength(PEER_TEXT_MAX)
  @NoNulCharacter()
  summary!: string;
}

@InputType()
export class ReplyToLearningReportInput extends LearningReportCommandInput {
  @Field({ description: "The visited organisation's reply to the report." })
  @IsString()
  @NotBlank({ message: 'reply is empty; write the reply of the organisation.' })
  @MaxLength(PEER_TEXT_MAX)
  @NoNulCharacter()
  reply!: string;
}

/** Registers the peer assessment of a visit whose learning report is final (sector body). */
@InputType()
export class RegisterPeerReviewInput extends LearningReportCommandInput {}
