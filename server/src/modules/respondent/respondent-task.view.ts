import { Field, ID, ObjectType } from 'type-graphql';
import { Norm } from '../framework/norm.entity';
import { RespondentAnswer } from './respondent-answer.entity';
import { RespondentInvitationView } from './respondent-invitation.view';

@ObjectType('RespondentTask', { description: 'One invitation as its respondent sees it.' })
export class RespondentTaskView {
  @Field(() => RespondentInvitationView)
  invitation!: RespondentInvitationView;

  @Field()
  organisationName!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => [Norm], { description: 'The norms in scope, in framework order.' })
  norms!: Norm[];

  @Field(() => [RespondentAnswer], { description: "The respondent's own answers only." })
  answers!: RespondentAnswer[];

  @Field({ description: 'Open until the self-evaluation is submitted (locked) or the respondent submitted.' })
  open!: boolean;
}
