import { IsBoolean, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../../common/pagination';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null = false;
}
