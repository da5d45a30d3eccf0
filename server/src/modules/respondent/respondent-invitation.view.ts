import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import { UserSummary } from '../user/user-summary.view';
import { RespondentLayerEnum, type RespondentLayer } from './respondent-layer';

/** An invitation as the quality officers and its respondent see it, with its progress counted. */
@ObjectType('RespondentInvitation')
export class RespondentInvitationView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => UserSummary)
  respondent!: UserSummary;

  @Field(() => RespondentLayerEnum)
  layer!: RespondentLayer;

  @Field(() => [String], { description: 'Norm categories in scope; empty = all norms.' })
  categoryCodes!: string[];

  @Field({ description: 'YYYY-MM-DD.' })
  dueDate!: string;

  @Field()
  invitedByName!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Int, { description: 'Norms in scope with a score saved.' })
  answeredCount!: number;

  @Field(() => Int, { description: 'Norms in scope.' })
  normCount!: number;
}

export const RespondentInvitationPage = PageOf(RespondentInvitationView, 'RespondentInvitationPage');
