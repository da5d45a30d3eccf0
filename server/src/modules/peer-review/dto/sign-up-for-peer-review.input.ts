import { IsBoolean, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { IsIsoDate } from '../../../common/date-rules';
import { CommandInput } from '../../../common/mutation-id';
import { NoNulCharacter, NotBlank } from '../../../common/text-rules';

export const REGION_MAX = 100;
export const PREFERENCES_MAX = 2_000;

/** The sign-up form (aanmeldformulier) of the peer advisory assessment, for the caller's own organisation. */
@InputType()
export class SignUpForPeerReviewInput extends CommandInput {
  @Field({ description: 'First day of the period in which to be assessed (YYYY-MM-DD).' })
  @IsIsoDate()
  periodFrom!: string;

  @Field({ description: 'Last day of that period (YYYY-MM-DD), not before periodFrom and not in the past.' })
  @IsIsoDate()
  periodUntil!: string;

  @Field(() => Float, { description: 'Staff size in full-time equivalents, more than 0.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(100_000)
  fte!: number;

  @Field({ description: 'The region the organisation works in (a province or a labour-market region).' })
  @IsString()
  @NotBlank()
  @MaxLength(REGION_MAX)
  @NoNulCharacter()
  region!: string;

  @Field(() => String, { nullable: true, description: 'Wishes for the group or the visits; empty when none.' })
  @IsOptional()
  @IsString()
  @MaxLength(PREFERENCES_MAX)
  @NoNulCharacter()
  preferences?: string | null;

  @Field({ description: 'True when partners were already agreed: the organisation then proposes its own group.' })
  @IsBoolean()
  partnersKnown!: boolean;
}
