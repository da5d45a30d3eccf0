import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

export const THEME_LIMITS = { title: 200, description: 4000 };

@InputType()
export class ProposeLearningThemeInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Required unless the theme comes from a learning point or an improvement action; then it is filled in from it when left out.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(THEME_LIMITS.title)
  @NoNulCharacter()
  title?: string | null;

  @Field({ defaultValue: '', description: 'May be empty; filled in from the learning point or improvement action when the theme comes from one and it is left empty.' })
  @IsString()
  @MaxLength(THEME_LIMITS.description)
  @NoNulCharacter()
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The internal audit finding (of your own cycle) whose learning point the theme comes from; or name an improvement action, or neither.' })
  @IsOptional()
  @IsUUID()
  internalAuditFindingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The improvement action (of your own cycle) the theme comes from; or name an internal audit finding, or neither.' })
  @IsOptional()
  @IsUUID()
  improvementActionId?: string | null;
}

@InputType()
export class ShowInterestInput extends CommandInput {
  @Field(() => ID)
  @IsUUID()
  themeId!: string;

  @Field({ defaultValue: true, description: 'True shows your interest in the theme; false withdraws it. Either is a no-op when it already holds.' })
  @IsBoolean()
  interested!: boolean;
}
