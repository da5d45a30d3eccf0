import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NoNulCharacter } from '../../../common/text-rules';
import { CyclePhase, CycleVariant, PHASES, VARIANTS, type Phase, type Variant } from '../../cycle/cycle-enums';

/**
 * The sector dashboard's filters. "Current cycle" is the organisation's open cycle;
 * an organisation without one matches no phase, variant, CI or overdue=true filter. Filters combine with "and".
 */
@InputType()
export class OrganisationFilter {
  @Field(() => CyclePhase, { nullable: true, description: 'Phase of the current cycle.' })
  @IsOptional()
  @IsIn([...PHASES])
  phase?: Phase | null;

  @Field(() => CycleVariant, { nullable: true, description: 'Assessment variant of the current cycle.' })
  @IsOptional()
  @IsIn([...VARIANTS])
  variant?: Variant | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the current cycle is past its deadline. False: it is not, or there is no current cycle.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Has a valid certificate that ends within this many days (1 to 3650).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiringWithinDays?: number | null;

  @Field(() => ID, { nullable: true, description: 'The current cycle is engaged with this certifying institution.' })
  @IsOptional()
  @IsUUID()
  certifyingInstitutionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, in any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @NoNulCharacter()
  search?: string | null;
}
