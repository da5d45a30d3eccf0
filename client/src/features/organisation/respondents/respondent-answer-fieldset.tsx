import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusLine } from '../../../components/ui/save-status';
import type { NormFieldsFragment, NormSpreadFieldsFragment, RespondentAnswerFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { AnswerConflict } from '../cycle/answer-conflict';
import { ScoreChoice } from '../cycle/score-choice';
import { ANSWER_TEXT_MAX } from '../cycle/use-answer-autosave';
import { NormSpread } from './norm-spread';
import { useRespondentTexts } from './respondents-texts';
import { RESPONDENT_FIELDS, useRespondentAnswerAutosave } from './use-respondent-answer-autosave';

interface RespondentAnswerFieldsetProps {
  invitationId: string;
  norm: NormFieldsFragment;
  answer: RespondentAnswerFieldsFragment | undefined;
  readOnly: boolean;
  registerFlush(normId: string, flush: () => Promise<boolean>): () => void;
  /** The last submit was refused for this norm (no score yet): said here, beside it. */
  refused: boolean;
  /** How the respondents scored, once this respondent has submitted. */
  spread?: NormSpreadFieldsFragment;
}

/** One norm of the questionnaire: what goes well, what could be better, then the score; saved as it is typed. */
export function RespondentAnswerFieldset({ invitationId, norm, answer, readOnly, registerFlush, refused, spread }: RespondentAnswerFieldsetProps) {
  const { t } = useTranslation();
  const { r, locale } = useRespondentTexts();
  const { values, status, change, blur, flush, conflict, resolve } = useRespondentAnswerAutosave({ invitationId, normId: norm.id, answer });
  useEffect(() => registerFlush(norm.id, flush), [registerFlush, norm.id, flush]);

  const id = (suffix: string) => `respondent-${invitationId}-${norm.id}-${suffix}`;
  const showRefusal = refused && !values.score;
  return (
    <fieldset className="norm" data-testid={`respondent-norm-${norm.code}`} disabled={readOnly} onBlur={blur}>
      <legend className="norm__legend">
        <span className="norm__code">{norm.code}</span> {norm.title}
      </legend>
      {norm.description && <p className="norm__description">{norm.description}</p>}
      {norm.guidance && (
        <details className="norm__guidance">
          <summary>{t('selfEvaluation.guidance')}</summary>
          <p>{norm.guidance}</p>
        </details>
      )}
      {(['goesWell', 'toImprove'] as const).map((field) => (
        <div className="field" key={field}>
          <label htmlFor={id(field)}>{t(`selfEvaluation.${field}`)}</label>
          <textarea id={id(field)} name={field} rows={3} maxLength={ANSWER_TEXT_MAX} value={values[field]} onChange={(e) => change(field, e.target.value)} />
        </div>
      ))}
      <ScoreChoice name={id('score')} value={values.score} onChange={(score, how) => change('score', score, how)} describedBy={showRefusal ? id('refusal') : undefined} />
      {showRefusal && (
        <p role="alert" id={id('refusal')} className="alert alert--error" data-testid="norm-refusal">
          {r('task.needsScore')}
        </p>
      )}
      {conflict && <AnswerConflict conflict={conflict} values={values} fields={RESPONDENT_FIELDS} resolve={resolve} />}
      {spread && <NormSpread spread={spread} normCode={norm.code} />}
      <SaveStatusLine status={status} idle={answer ? r('task.lastSaved', { date: formatDateTime(answer.updatedAt, locale) }) : ''} />
    </fieldset>
  );
}
