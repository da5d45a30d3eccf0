import { ArrayMaxSize, ArrayUnique, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';

/*
 * A visit is made by a pair. More than two is never a pair (a shape rule, bounding the request); fewer is a
 * rule of the service, judged after every named auditor was found (docs/error-codes.md: existence before
 * rules), as the least number of organisations in a group is.
 */
@InputType()
abstract class VisitPlanFields extends CommandInput {
  @Field({ description: 'The day of the visit (YYYY-MM-DD), not in the past.' })
  @IsIsoDate()
  date!: string;

  @Field(() => [ID], { description: 'The pair of peer auditors, from the registers of the other member organisations: two, each once.' })
  @ArrayMaxSize(2, { message: 'peerAuditorIds must name two peer auditors: a visit is made by a pair.' })
  @ArrayUnique({ message: 'peerAuditorIds names the same peer auditor twice; a pair is two different people.' })
  @IsUUID('all', { each: true })
  peerAuditorIds!: string[];
}

@InputType()
export class PlanPeerVisitInput extends VisitPlanFields {
  @Field(() => ID, { description: 'A formed peer group your organisation is a member of.' })
  @IsUUID()
  peerGroupId!: string;

  @Field(() => ID, { description: 'The member organisation to be visited (PeerGroup.members).' })
  @IsUUID()
  organisationId!: string;
}

@InputType()
export class ReplanPeerVisitInput extends VisitPlanFields {
  @Field(() => ID)
  @IsUUID()
  peerVisitId!: string;
}

@InputType()
export class ConfirmPeerVisitInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  peerVisitId!: string;
}
