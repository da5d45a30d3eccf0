import { Field, ID, ObjectType } from 'type-graphql';
import { Norm } from '../framework/norm.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { AuditFinding } from './audit-finding.entity';

/** One norm as the auditor works from it: the organisation's own answer beside the auditors' finding. */
@ObjectType()
export class NormAssessment {
  @Field(() => ID)
  normId!: string;

  @Field()
  normCode!: string;

  @Field()
  categoryCode!: string;

  @Field(() => Norm)
  norm!: Norm;

  @Field(() => SelfEvaluationAnswer, { nullable: true, description: "The organisation's self-evaluation answer, if any." })
  selfEvaluation!: SelfEvaluationAnswer | null;

  @Field(() => AuditFinding, {
    nullable: true,
    description: "The auditors' finding; for the organisation only once the draft report is issued.",
  })
  finding!: AuditFinding | null;
}
