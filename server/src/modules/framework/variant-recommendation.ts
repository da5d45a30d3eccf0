import { Field, ObjectType } from 'type-graphql';
import { followGuide, isRefusal, walkGuide, type GuideAnswer, type Variant, type VariantGuide } from '../../../../workflows/src/rules';
import { badInput } from '../../common/errors';
import { refusalError } from '../../common/phase-guard';
import { CycleVariant } from '../cycle/cycle-enums';

@ObjectType({ description: 'Where answers lead in a decision tree: the next question, or at the end what the tree recommends.' })
export class VariantRecommendation {
  @Field(() => String, { nullable: true, description: 'The key of the question to answer next; null once the walk has ended.' })
  nextQuestion!: string | null;

  @Field(() => CycleVariant, { nullable: true, description: 'Set once the walk has ended.' })
  variant!: Variant | null;

  @Field(() => Boolean, { nullable: true, description: 'Set once the walk has ended: true recommends the whole organisation.' })
  wholeOrganisation!: boolean | null;
}

/** The model walks the answers, so the screen asks, one answer at a time, what completing preparation will check. */
export function recommendationFor(guide: VariantGuide | null, answers: readonly GuideAnswer[]): VariantRecommendation {
  if (!guide) throw badInput('answers', 'This framework version has no decision tree.', 'noDecisionTree');
  const plain = answers.map((a) => ({ question: a.question, option: a.option }));
  const walk = walkGuide(guide, plain, 'answers');
  if (isRefusal(walk)) throw refusalError(walk);
  if (walk.next !== null) return { nextQuestion: walk.next, variant: null, wholeOrganisation: null };
  const followed = followGuide(guide, plain, 'answers');
  if (isRefusal(followed)) throw refusalError(followed);
  return { nextQuestion: null, ...followed.recommendation };
}
