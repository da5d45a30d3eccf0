import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { CycleVariant, VARIANTS, type Variant } from '../cycle-enums';

/** Preparation facts (PRODUCT.md §3.1); the framework version is pinned for the whole cycle. */
@InputType()
export class StartCycleInput {
  @Field(() => CycleVariant)
  @IsIn([...VARIANTS])
  variant!: Variant;

  @Field({ description: 'True for the whole organisation; false to name units in scopeUnits.' })
  @IsBoolean()
  wholeOrganisation!: boolean;

  @Field(() => [String], { description: 'Units in scope when not the whole organisation.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'a unit name cannot be empty' })
  @MaxLength(200, { each: true })
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
