import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusLine } from '../../../components/ui/save-status';
import { graphql } from '../../../gql';
import type { AnswerFieldsFragment, NormFieldsFragment, NormSpreadFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import type { CycleEvidence } from '../../evidence/cycle-evidence';
import { LinkedEvidence } from '../../evidence/linked-evidence';
import { LearningEvidenceOnNorm } from '../learning/learning-evidence-on-norm';
import { NormSpread, withQuote, type CitedField } from '../respondents/norm-spread';
import { AnswerConflict } from './answer-conflict';
import { normAnchorId } from './norm-link';
import { ScoreChoice } from './score-choice';
import { ANSWER_FIELDS, ANSWER_TEXT_MAX, useAnswerAutosave } from './use-answer-autosave';

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
      linkPresumed
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

// "What goes well" comes first on purpose: the label's language is appreciative (docs/domain.md, Learning between audits).
const TEXT_FIELDS = ['goesWell', 'toImprove', 'explanation'] as const;

interface NormFieldsetProps {
  cycleId: string;
  norm: NormFieldsFragment;
  answer: AnswerFieldsFragment | undefined;
  readOnly: boolean;
  /** The evidence on the norm cannot change even where the answer can (a delegate writes answers only). */
  evidenceReadOnly?: boolean;
  /** Lets the form save every norm before it submits. */
  registerFlush(normId: string, flush: () => Promise<boolean>): () => void;
  /** The cycle's evidence, once loaded. */
  evidence?: CycleEvidence | null;
  /** What the respondents answered on this norm, for the quality officer; their texts can be cited. */
  spread?: NormSpreadFieldsFragment;
  /** The quality officer links the learning year report or a closed scan round (where evidence may change). */
  linksLearning?: boolean;
}

export function NormFieldset({ cycleId, norm, answer, readOnly, evidenceReadOnly = false, registerFlush, evidence, spread, linksLearning = false }: NormFieldsetProps) {
  const { t } = useTranslation();
  const { values, status, change, blur, flush, conflict, resolve } = useAnswerAutosave({ cycleId, normId: norm.id, answer });

  useEffect(() => registerFlush(norm.id, flush), [registerFlush, norm.id, flush]);
  // A citation goes the way typing does (revision, conflict and all), and is saved at once: it is one deliberate act.
  const cite = (field: CitedField, text: string) => {
    change(field, withQuote(values[field], text));
    void flush();
  };

  const id = (suffix: string) => `norm-${norm.id}-${suffix}`;
  return (
    <fieldset className="norm" data-testid={`norm-${norm.code}`} data-norm-id={norm.id} disabled={readOnly} onBlur={blur}>
      <legend className="norm__legend" id={normAnchorId(norm.id)} tabIndex={-1}>
        <span className="norm__code">{norm.code}</span> {norm.title}
      </legend>
      {norm.description && <p className="norm__description">{norm.description}</p>}
      {norm.competencies.length > 0 && (
        <ul className="tags" aria-label={t('selfEvaluation.competencies')}>
          {norm.competencies.map((c) => (
            <li key={c.id} className="tag" title={c.code}>
              {c.title}
              {/* The mark refers to the legend the page shows once (CompetencyLegend). */}
              {c.linkPresumed && <span aria-hidden="true">*</span>}
              {c.linkPresumed && <span className="visually-hidden"> ({t('selfEvaluation.presumedMark')})</span>}
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

      <ScoreChoice name={id('score')} value={values.score} onChange={(score, how) => change('score', score, how)} />

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

      {conflict && <AnswerConflict conflict={conflict} values={values} fields={ANSWER_FIELDS} resolve={resolve} />}
      {spread && <NormSpread spread={spread} normCode={norm.code} cite={readOnly ? undefined : cite} current={values} />}
      <SaveStatusLine
        status={status}
        idle={answer ? t('selfEvaluation.lastSaved', { name: answer.updatedByName, date: formatDateTime(answer.updatedAt, t('locale')) }) : ''}
      />
      {evidence && <LinkedEvidence cycleId={cycleId} target={{ normId: norm.id }} evidence={evidence} readOnly={readOnly || evidenceReadOnly} />}
      <LearningEvidenceOnNorm cycleId={cycleId} normId={norm.id} canLink={linksLearning && !readOnly && !evidenceReadOnly} />
    </fieldset>
  );
}
