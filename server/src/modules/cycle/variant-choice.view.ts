import { Field, ObjectType } from 'type-graphql';
import type { AnsweredStep, Variant, VariantChoiceRecord } from '../../../../workflows/src/rules';
import { CycleVariant } from './cycle-enums';

/** One answer given in the decision tree, in the words the organisation saw. */
@ObjectType()
export class VariantChoiceAnswer implements AnsweredStep {
  @Field({ description: 'The question key.' })
  question!: string;

  @Field()
  questionText!: string;

  @Field({ description: 'The option key.' })
  option!: string;

  @Field()
  optionLabel!: string;
}

@ObjectType({ description: "How the cycle's variant and scope were chosen: the decision tree's answers and what they recommended." })
export class VariantChoice {
  @Field(() => [VariantChoiceAnswer])
  answers!: VariantChoiceAnswer[];

  @Field(() => CycleVariant)
  recommendedVariant!: Variant;

  @Field()
  recommendedWholeOrganisation!: boolean;

  @Field({ description: 'True when the chosen variant and scope are the ones recommended.' })
  followedRecommendation!: boolean;

  @Field({ description: "True when the tree answered was LabelCycle's placeholder, not the sector body's own." })
  guidePlaceholder!: boolean;

  static of(record: VariantChoiceRecord): VariantChoice {
    return {
      answers: record.steps,
      recommendedVariant: record.recommendation.variant,
      recommendedWholeOrganisation: record.recommendation.wholeOrganisation,
      followedRecommendation: record.followed,
      guidePlaceholder: record.guidePlaceholder,
    };
  }
}
