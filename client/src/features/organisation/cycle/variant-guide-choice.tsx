import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { CycleVariant, PreparationGuideFragment } from '../../../gql/graphql';
import { VARIANTS } from '../../../lib/variants';
import { splitUnits } from './start-cycle-input';

export const PreparationGuideFragmentDoc = graphql(`
  fragment PreparationGuide on FrameworkVersion {
    id
    variantGuide {
      ...VariantGuideFields
    }
  }
`);

const VariantRecommendationQuery = graphql(`
  query VariantRecommendation($id: ID!, $answers: [GuideAnswerInput!]!) {
    frameworkVersion(id: $id) {
      id
      variantRecommendation(answers: $answers) {
        nextQuestion
        variant
        wholeOrganisation
      }
    }
  }
`);

export interface GuideAnswer {
  question: string;
  option: string;
}

/** What the organisation chose: the answers so far, and the variant and scope it settles on. */
export interface GuideChoice {
  answers: GuideAnswer[];
  variant: CycleVariant | null;
  wholeOrganisation: boolean | null;
  units: string;
}

export const NO_CHOICE: GuideChoice = { answers: [], variant: null, wholeOrganisation: null, units: '' };

/** The choice as completePreparation takes it, or null while the walk or the choice is unfinished. */
export function choiceInput(choice: GuideChoice, finished: boolean) {
  if (!finished || !choice.variant || choice.wholeOrganisation === null) return null;
  return {
    answers: choice.answers,
    variant: choice.variant,
    wholeOrganisation: choice.wholeOrganisation,
    scopeUnits: choice.wholeOrganisation ? [] : splitUnits(choice.units),
  };
}

interface Props {
  version: PreparationGuideFragment;
  choice: GuideChoice;
  onChange(choice: GuideChoice): void;
  /** Told whether the walk has reached its end, so the page knows what completing will send. */
  onFinished(finished: boolean): void;
}

/**
 * The scheme's decision tree, one question at a time. The server's model says which question comes next
 * and, at the end, what it recommends; the organisation then chooses, and may choose otherwise.
 */
export function VariantGuideChoice({ version, choice, onChange, onFinished }: Props) {
  const { t } = useTranslation();
  const guide = version.variantGuide!;
  const { data, previousData } = useQuery(VariantRecommendationQuery, {
    variables: { id: version.id, answers: choice.answers },
  });
  const rec = (data ?? previousData)?.frameworkVersion.variantRecommendation;
  const shown = [...choice.answers.map((a) => a.question), ...(rec?.nextQuestion ? [rec.nextQuestion] : [])];
  const finished = rec !== undefined && rec.nextQuestion === null && data !== undefined;
  useEffect(() => onFinished(finished), [finished, onFinished]);

  function answer(index: number, question: string, option: string) {
    // A changed answer may lead elsewhere: the answers after it no longer apply.
    onChange({ ...NO_CHOICE, answers: [...choice.answers.slice(0, index), { question, option }] });
  }

  const recommendedScope = rec?.wholeOrganisation ? t('preparation.wholeOrganisation') : t('guide.someUnits');
  const variant = choice.variant ?? rec?.variant ?? null;
  const whole = choice.wholeOrganisation ?? rec?.wholeOrganisation ?? null;
  const choose = (change: Partial<GuideChoice>) => onChange({ ...choice, variant, wholeOrganisation: whole, ...change });

  return (
    <div className="guide" data-testid="variant-guide">
      <h3>{t('guide.title')}</h3>
      {guide.placeholder && <p className="muted">{t('guide.placeholder')}</p>}
      {shown.map((key, index) => {
        const question = guide.questions.find((q) => q.key === key);
        if (!question) return null;
        const given = choice.answers[index]?.option;
        return (
          <fieldset key={`${index}-${key}`} className="choice" aria-describedby={question.help ? `guide-${key}-help` : undefined}>
            <legend>{question.text}</legend>
            {question.help && (
              <p id={`guide-${key}-help`} className="field__hint">
                {question.help}
              </p>
            )}
            {question.options.map((o) => (
              <label key={o.key} className="choice__option">
                <input type="radio" name={`guide-${key}`} value={o.key} checked={given === o.key} onChange={() => answer(index, key, o.key)} />
                <span>{o.label}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      {finished && rec?.variant && (
        <>
          <p className="guide__recommendation" data-testid="guide-recommendation" role="status">
            {t('guide.recommended', { variant: t(`variant.${rec.variant}`), scope: recommendedScope })}
          </p>
          <fieldset className="choice">
            <legend>{t('guide.yourVariant')}</legend>
            {VARIANTS.map((v) => (
              <label key={v} className="choice__option">
                <input type="radio" name="guide-variant" value={v} checked={variant === v} onChange={() => choose({ variant: v })} />
                <span>{t(`variant.${v}`)}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="choice">
            <legend>{t('guide.yourScope')}</legend>
            <label className="choice__option">
              <input type="checkbox" checked={whole === true} onChange={(e) => choose({ wholeOrganisation: e.target.checked })} />
              <span>{t('preparation.wholeOrganisation')}</span>
            </label>
            {whole === false && (
              <div className="field">
                <label htmlFor="guide-units">{t('start.units')}</label>
                <p id="guide-units-hint" className="field__hint">
                  {t('start.unitsHint')}
                </p>
                <input id="guide-units" type="text" aria-describedby="guide-units-hint" value={choice.units} onChange={(e) => choose({ units: e.target.value })} />
              </div>
            )}
          </fieldset>
          {(variant !== rec.variant || whole !== rec.wholeOrganisation) && <p className="muted">{t('guide.otherwise')}</p>}
        </>
      )}
    </div>
  );
}
