import { useTranslation } from 'react-i18next';
import type { NormScore } from '../../../gql/graphql';

export const SCORES: readonly NormScore[] = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'];

interface ScoreChoiceProps {
  /** The radios' group name, unique on the page. */
  name: string;
  value: NormScore | null;
  onChange(score: NormScore): void;
  /** Described by, e.g. a refusal about this norm's score. */
  describedBy?: string;
}

/** The four scores of a norm as radio buttons in a fieldset of their own. */
export function ScoreChoice({ name, value, onChange, describedBy }: ScoreChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="score" aria-describedby={describedBy}>
      <legend>{t('selfEvaluation.score')}</legend>
      <div className="score__options">
        {SCORES.map((score) => (
          <label key={score} className="score__option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span>{t(`score.${score}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
