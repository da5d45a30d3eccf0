import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../../common/pagination';
import { NoticeCategory } from '../notice-category';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null = false;

  @Field(() => NoticeCategory, { nullable: true, description: 'Only those of this category; all when left out.' })
  @IsOptional()
  @IsEnum(NoticeCategory)
  category?: NoticeCategory | null;
}
