import { IsBoolean, IsIn, IsNumber, IsUUID, Max, Min } from 'class-validator';
import { ScopeUnitsRules } from './scope-units.rules';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CycleVariant, VARIANTS, type Variant } from '../cycle-enums';
import { CommandInput } from '../../../common/mutation-id';

/** Preparation facts: variant, scope, FTE and framework version; the version is pinned for the whole cycle. */
@InputType()
export class StartCycleInput extends CommandInput {
  @Field(() => CycleVariant)
  @IsIn([...VARIANTS])
  variant!: Variant;

  @Field({ description: 'True for the whole organisation; false to name units in scopeUnits.' })
  @IsBoolean()
  wholeOrganisation!: boolean;

  @Field(() => [String], { description: 'Units in scope when not the whole organisation.' })
  @ScopeUnitsRules()
  scopeUnits: string[] = [];

  @Field(() => Float, { description: 'Staff in full-time equivalents.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(100000)
  fte!: number;

  @Field(() => ID)
  @IsUUID()
  frameworkVersionId!: string;
}
