import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { GUIDE_LIMITS } from '../../../../../workflows/src/rules';
import { CycleVariant, VARIANTS, type Variant } from '../cycle-enums';
import { CycleCommandInput } from './cycle-command.input';
import { ScopeUnitsRules } from './scope-units.rules';

@InputType({ description: 'One answer in the decision tree: the question key and the chosen option key.' })
export class GuideAnswerInput {
  @Field()
  @IsString()
  @MaxLength(GUIDE_LIMITS.keyLength)
  question!: string;

  @Field()
  @IsString()
  @MaxLength(GUIDE_LIMITS.keyLength)
  option!: string;
}

@InputType({ description: "The decision tree's answers, in order, and the variant and scope chosen; they may differ from the recommendation." })
export class PreparationChoiceInput {
  @Field(() => [GuideAnswerInput])
  @ArrayMaxSize(GUIDE_LIMITS.questions)
  @ValidateNested()
  answers!: GuideAnswerInput[];

  @Field(() => CycleVariant)
  @IsIn([...VARIANTS])
  variant!: Variant;

  @Field({ description: 'True for the whole organisation; false to name units in scopeUnits.' })
  @IsBoolean()
  wholeOrganisation!: boolean;

  @Field(() => [String], { description: 'Units in scope when not the whole organisation.' })
  @ScopeUnitsRules()
  scopeUnits: string[] = [];
}

@InputType()
export class CompletePreparationInput extends CycleCommandInput {
  @Field(() => PreparationChoiceInput, {
    nullable: true,
    description:
      "The decision tree's answers and the variant and scope chosen, stored with the cycle. Required once the sector body loaded its own tree for the cycle's framework version; optional while the tree is a placeholder or absent (the variant and scope of the start then stand).",
  })
  @IsOptional()
  @ValidateNested()
  choice?: PreparationChoiceInput | null;
}
