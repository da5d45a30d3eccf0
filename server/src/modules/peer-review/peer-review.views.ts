import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType({ description: 'Match proposals over all open sign-ups, for the sector body.' })
export class PeerGroupProposals {
  @Field(() => [PeerGroupProposal])
  proposals!: PeerGroupProposal[];

  @Field(() => [UnmatchedSignUp])
  unmatched!: UnmatchedSignUp[];
}
