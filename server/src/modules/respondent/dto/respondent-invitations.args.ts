import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../../../common/pagination';

@ArgsType()
export class RespondentInvitationsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;
}
