import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../../common/pagination';
import { NoNulCharacter } from '../../../common/text-rules';

@ArgsType()
export class EvidenceLibraryArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the file name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoNulCharacter()
  search?: string | null;
}
