import { useEffect } from 'react';
import { EditConflict } from '../../../components/ui/edit-conflict';
import { useRefusalText } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { AnswerFieldsFragment, NormFieldsFragment, NormScore } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import type { CycleEvidence } from '../../evidence/cycle-evidence';
import { LinkedEvidence } from '../../evidence/linked-evidence';
import { useTranslation } from 'react-i18next';
import { ANSWER_TEXT_MAX, useAnswerAutosave, type AnswerConflict, type AnswerValues, type SaveStatus } from './use-answer-autosave';

export const NormFieldsFragmentDoc = graphql(`
  fragment NormFields on Norm {
    id
    code
    title
    description
    guidance
    competencies {
      id
      code
      title
    }
  }
`);

export const AnswerFieldsFragmentDoc = graphql(`
  fragment AnswerFields on SelfEvaluationAnswer {
    id
    normId
    score
    goesWell
    toImprove
    explanation
    updatedAt
    updatedByName
    revision
  }
`);

const SCORES: readonly NormScore[] = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'];
// "What goes well" comes first on purpose: the label's language is appreciative (docs/domain.md, Learning between audits).
const TEXT_FIELDS = ['goesWell', 'toImprove', 'explanation'] as const;

interface NormFieldsetProps {
  cycleId: string;
  norm: NormFieldsFragment;
  answer: AnswerFieldsFragment | undefined;
  readOnly: boolean;
  /** Lets the form save every norm before it submits. */
  registerFlush(normId: string, flush: () => Promise<boolean>): () => void;
  /** The cycle's evidence, once loaded. */
  evidence?: CycleEvidence | null;
}

export function NormFieldset({ cycleId, norm, answer, readOnly, registerFlush, evidence }: NormFieldsetProps) {
  const { t } = useTranslation();
  const { values, status, change, blur, flush, conflict, resolve } = useAnswerAutosave({ cycleId, normId: norm.id, answer });

  useEffect(() => registerFlush(norm.id, flush), [registerFlush, norm.id, flush]);

  const id = (suffix: string) => `norm-${norm.id}-${suffix}`;
  return (
    <fieldset className="norm" data-testid={`norm-${norm.code}`} disabled={readOnly} onBlur={blur}>
      <legend className="norm__legend">
        <span className="norm__code">{norm.code}</span> {norm.title}
      </legend>
      {norm.description && <p className="norm__description">{norm.description}</p>}
      {norm.competencies.length > 0 && (
        <ul className="tags" aria-label={t('selfEvaluation.competencies')}>
          {norm.competencies.map((c) => (
            <li key={c.id} className="tag" title={c.code}>
              {c.title}
            </li>
          ))}
        </ul>
      )}
      {norm.guidance && (
        <details className="norm__guidance">
          <summary>{t('selfEvaluation.guidance')}</summary>
          <p>{norm.guidance}</p>
        </details>
      )}

      <fieldset className="score">
        <legend>{t('selfEvaluation.score')}</legend>
        <div className="score__options">
          {SCORES.map((score) => (
            <label key={score} className="score__option">
              <input
                type="radio"
                name={id('score')}
                value={score}
                checked={values.score === score}
                onChange={() => change('score', score)}
              />
              <span>{t(`score.${score}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {TEXT_FIELDS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={id(field)}>{t(`selfEvaluation.${field}`)}</label>
          <textarea
            id={id(field)}
            name={field}
            rows={3}
            maxLength={ANSWER_TEXT_MAX}
            value={values[field]}
            onChange={(e) => change(field, e.target.value)}
          />
        </div>
      ))}

      {conflict && (
        <EditConflict
          changedBy={conflict.changedBy}
          changedAt={conflict.changedAt}
          fields={conflictFields(conflict, values, (field) => (field === 'score' ? t('selfEvaluation.score') : t(`selfEvaluation.${field}`)), (score) => t(`score.${score}`))}
          onKeepTheirs={() => resolve('theirs')}
          onKeepMine={() => resolve('mine')}
          onCombine={() => resolve('combine')}
        />
      )}
      <SaveStatusLine status={status} answer={answer} />
      {evidence && <LinkedEvidence cycleId={cycleId} target={{ normId: norm.id }} evidence={evidence} readOnly={readOnly} />}
    </fieldset>
  );
}

function SaveStatusLine({ status, answer }: { status: SaveStatus; answer: AnswerFieldsFragment | undefined }) {
  const { t } = useTranslation();
  const errorText = useRefusalText();
  if (status.kind === 'error') {
    return (
      <p className="save-status save-status--error" role="alert" data-testid="save-status">
        {t('selfEvaluation.notSaved', { reason: errorText(status.error) })}
      </p>
    );
  }
  // One polite live region whose text changes, so "Opslaan…" and "Opgeslagen" are announced in turn.
  let text = '';
  if (status.kind === 'saving') text = t('selfEvaluation.saving');
  else if (status.kind === 'saved') text = t('selfEvaluation.saved');
  else if (answer) text = t('selfEvaluation.lastSaved', { name: answer.updatedByName, date: formatDateTime(answer.updatedAt, t('locale')) });
  return (
    <p className={`save-status save-status--${status.kind}`} role="status" data-testid="save-status">
      {text}
    </p>
  );
}

/** The fields where this person's text and the saved one differ, in words. */
function conflictFields(conflict: AnswerConflict, mine: AnswerValues, label: (field: keyof AnswerValues) => string, scoreText: (score: NormScore) => string) {
  const shown = (field: keyof AnswerValues, values: AnswerValues) => (field === 'score' ? (values.score ? scoreText(values.score) : '') : values[field]);
  return (['score', ...TEXT_FIELDS] as const)
    .filter((field) => mine[field] !== conflict.theirs[field])
    .map((field) => ({ name: field, label: label(field), mine: shown(field, mine), theirs: shown(field, conflict.theirs) }));
}
