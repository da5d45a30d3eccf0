import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { SortedPageArgs } from '../../common/keyset-cursor';
import { NoNulCharacter } from '../../common/text-rules';

@ArgsType()
export class RegisterArgs extends SortedPageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the organisation name or place, in any case; blank lists everything.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @NoNulCharacter()
  search?: string | null;
}
