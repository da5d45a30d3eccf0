import { followGuide, isRefusal, type PreparationChoice, type VariantGuide } from '../../../../workflows/src/rules';
import { badInput } from '../../common/errors';
import { refusalError } from '../../common/phase-guard';
import type { PreparationChoiceInput } from './dto/complete-preparation.input';
import { scopeUnitsOf } from './scope';

/**
 * The choice an organisation sends with completePreparation, checked against its version's decision tree
 * and turned into what the workflow stores. Without a choice the start's variant and scope stand, which is
 * allowed only while the tree is LabelCycle's placeholder (or absent): the sector body's own tree is answered.
 */
export function preparationChoice(guide: VariantGuide | null, input: PreparationChoiceInput | null): PreparationChoice | null {
  if (!input) {
    if (guide && !guide.placeholder) {
      throw badInput('choice', "Answer the sector body's decision tree and choose a variant and scope before completing preparation.", 'choiceRequired');
    }
    return null;
  }
  if (!guide) throw badInput('choice', "This cycle's framework version has no decision tree; complete preparation without a choice.", 'noDecisionTree');
  const followed = followGuide(guide, input.answers.map((a) => ({ question: a.question, option: a.option })));
  if (isRefusal(followed)) throw refusalError(followed);
  const scopeUnits = scopeUnitsOf(input.wholeOrganisation, input.scopeUnits, 'choice.scopeUnits');
  const { recommendation, steps } = followed;
  return {
    variant: input.variant,
    wholeOrganisation: input.wholeOrganisation,
    scopeUnits,
    record: {
      steps,
      recommendation,
      guidePlaceholder: guide.placeholder,
      followed: recommendation.variant === input.variant && recommendation.wholeOrganisation === input.wholeOrganisation,
    },
  };
}
