import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';
import {
  CertificationDecision,
  DECISIONS,
  ImprovementPlanReview,
  PLAN_REVIEWS,
  type Decision,
  type PlanReview,
} from '../cycle-enums';
import { CycleCommandInput } from './cycle-command.input';

@InputType()
export class ReviewImprovementPlanInput extends CycleCommandInput {
  @Field(() => ImprovementPlanReview)
  @IsIn([...PLAN_REVIEWS])
  review!: PlanReview;

  @Field(() => String, { nullable: true, description: 'Why the plan goes back: required when returning it, optional when accepting.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  @NoNulCharacter()
  comments?: string | null;
}

@InputType()
export class DecideCertificationInput extends CycleCommandInput {
  @Field(() => CertificationDecision)
  @IsIn([...DECISIONS])
  decision!: Decision;

  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  @NoNulCharacter()
  reason!: string;
}

/** A command whose only content is its reason, which the other party is shown; only its subclasses appear in the schema. */
@InputType()
export class ReasonCommandInput extends CycleCommandInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  @NoNulCharacter()
  reason!: string;
}

/** Suspending, reinstating or withdrawing a certificate: the reason is shown to the organisation. */
@InputType()
export class CertificateActionInput extends ReasonCommandInput {}
