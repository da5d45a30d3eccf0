import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormScore } from '../../../gql/graphql';

export const SCORES: readonly NormScore[] = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'];

interface ScoreChoiceProps {
  /** The radios' group name, unique on the page. */
  name: string;
  value: NormScore | null;
  /** `settling`: the score was reached with an arrow key, and the next key press may pass it by. */
  onChange(score: NormScore, how: { settling: boolean }): void;
  /** Described by, e.g. a refusal about this norm's score. */
  describedBy?: string;
}

/**
 * The four scores of a norm as radio buttons in a fieldset of their own. Arrow keys move the choice (and the
 * focus) one radio at a time, each a change: those are marked settling, so that only where the person stops
 * is saved, not every score passed on the way. A click or Space is one deliberate choice.
 */
export function ScoreChoice({ name, value, onChange, describedBy }: ScoreChoiceProps) {
  const { t } = useTranslation();
  // The browser moves the choice as the default action of the keydown, so the change follows this flag.
  const byArrow = useRef(false);
  const onKeyDown = (event: KeyboardEvent) => {
    byArrow.current = event.key.startsWith('Arrow');
  };
  // Focus moving between the radios is part of choosing; only leaving the scores counts as a blur for the
  // form around (which saves on blur).
  const onBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) event.stopPropagation();
  };
  const choose = (score: NormScore) => {
    onChange(score, { settling: byArrow.current });
    byArrow.current = false;
  };
  return (
    <fieldset className="score" aria-describedby={describedBy} onKeyDown={onKeyDown} onBlur={onBlur}>
      <legend>{t('selfEvaluation.score')}</legend>
      <div className="score__options">
        {SCORES.map((score) => (
          <label key={score} className="score__option">
            <input type="radio" name={name} value={score} checked={value === score} onChange={() => choose(score)} />
            <span>{t(`score.${score}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
