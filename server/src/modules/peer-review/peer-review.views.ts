import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { FrameworkVersion } from '../framework/framework-version.entity';
import { Norm } from '../framework/norm.entity';
import { SelfEvaluationAnswer } from '../self-evaluation/self-evaluation-answer.entity';
import { PeerReviewSignUp } from './peer-review-sign-up.entity';

/** One organisation of a peer group as its members see it: who, where and how large, nothing more. */
@ObjectType()
export class PeerGroupMemberView {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  organisationName!: string;

  @Field()
  place!: string;

  @Field()
  region!: string;

  @Field(() => Float, { description: 'Staff size given with the sign-up, in full-time equivalents.' })
  fte!: number;
}

export enum UnmatchedReason {
  /** Fewer than three open sign-ups in the region. */
  TOO_FEW_IN_REGION = 'TOO_FEW_IN_REGION',
  /** The organisation agreed its partners and proposes its own group. */
  PARTNERS_KNOWN = 'PARTNERS_KNOWN',
}
registerEnumType(UnmatchedReason, { name: 'UnmatchedReason' });

@ObjectType({ description: 'A suggested peer group: open sign-ups of one region, of neighbouring size.' })
export class PeerGroupProposal {
  @Field()
  region!: string;

  @Field(() => [PeerReviewSignUp], { description: 'Smallest organisation first.' })
  signUps!: PeerReviewSignUp[];

  @Field(() => String, { nullable: true, description: 'First day of the period all of them named; null when their periods do not overlap.' })
  commonPeriodFrom!: string | null;

  @Field(() => String, { nullable: true })
  commonPeriodUntil!: string | null;
}

@ObjectType()
export class UnmatchedSignUp {
  @Field(() => PeerReviewSignUp)
  signUp!: PeerReviewSignUp;

  @Field(() => UnmatchedReason)
  reason!: UnmatchedReason;
}

export const PeerGroupProposalPage = PageOf(PeerGroupProposal, 'PeerGroupProposalPage');
export const UnmatchedSignUpPage = PageOf(UnmatchedSignUp, 'UnmatchedSignUpPage');

@ObjectType({
  description: "What the pair of a visit reads of the visited organisation, from planning until the learning report is final: the norms the findings are on, and its current cycle's self-evaluation and the evidence linked to it.",
})
export class PeerVisitSelfEvaluation {
  @Field(() => ID)
  peerVisitId!: string;

  @Field(() => ID, { nullable: true, description: 'The visited organisation\'s open cycle; null when it has none (then there are no answers, and the norms are those of the newest published version).' })
  cycleId!: string | null;

  @Field(() => FrameworkVersion, { nullable: true, description: 'The framework version the findings are on; null before any version is published.' })
  frameworkVersion!: FrameworkVersion | null;

  @Field(() => [Norm], { description: "The version's norms, in the framework's order." })
  norms!: Norm[];

  @Field(() => [SelfEvaluationAnswer])
  answers!: SelfEvaluationAnswer[];

  @Field(() => [EvidenceLink], { description: 'The evidence linked to the norms and answers of the self-evaluation (download with evidenceFile or the download URL).' })
  evidenceLinks!: EvidenceLink[];
}
