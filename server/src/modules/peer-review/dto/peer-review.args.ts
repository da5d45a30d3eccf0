import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../../common/pagination';
import { PeerGroupStatus } from '../peer-group.entity';
import { SignUpStatus } from '../peer-review-sign-up.entity';

@ArgsType()
export class PeerReviewSignUpsArgs extends PageArgs {
  @Field(() => SignUpStatus, { nullable: true, description: 'Only sign-ups in this status.' })
  @IsOptional()
  @IsEnum(SignUpStatus)
  status?: SignUpStatus | null;
}

@ArgsType()
export class PeerGroupsArgs extends PageArgs {
  @Field(() => PeerGroupStatus, { nullable: true, description: 'Only groups in this status.' })
  @IsOptional()
  @IsEnum(PeerGroupStatus)
  status?: PeerGroupStatus | null;
}

@ArgsType()
export class PeerVisitIdArgs {
  @Field(() => ID)
  @IsUUID()
  peerVisitId!: string;
}
