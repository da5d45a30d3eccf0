import { IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';

/**
 * Links evidence of your organisation to exactly one thing in a cycle. A norm needs the cycle named
 * (norms belong to a framework version that several cycles share); the others carry their cycle.
 */
@InputType()
export class LinkEvidenceInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  evidenceId!: string;

  @Field(() => ID, { nullable: true, description: 'Required with normId; with the others it must match their cycle if given.' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  cycleId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  normId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  selfEvaluationAnswerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  internalAuditFindingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  improvementActionId?: string | null;
}
