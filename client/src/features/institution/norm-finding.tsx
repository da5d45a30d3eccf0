import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../lib/form-schema';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import type { InstitutionFindingsQuery, NormScore } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { useFormRevision } from '../../lib/use-form-revision';
import { EvidenceFiles } from './evidence-files';
// The same block the organisation links with, read-only: the learning year report and scan rounds on the norm.
import { LearningEvidenceOnNorm } from '../organisation/learning/learning-evidence-on-norm';
import { useInstitutionTexts } from './institution-texts';

const RecordAuditFindingMutation = graphql(`
  mutation InstitutionRecordAuditFinding($input: RecordAuditFindingInput!) {
    recordAuditFinding(input: $input) {
      ...InstitutionFinding
    }
  }
`);

export type NormAssessmentItem = InstitutionFindingsQuery['cycle']['assessment'][number];
export type LinkedEvidence = InstitutionFindingsQuery['cycle']['evidenceLinks'][number]['evidence'];

const SCORES: readonly NormScore[] = ['MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'NOT_APPLICABLE'];

interface NormFindingProps {
  cycleId: string;
  assessment: NormAssessmentItem;
  evidence: LinkedEvidence[];
  readOnly: boolean;
}

/** One norm: what the organisation said and showed, beside the auditors' judgement of it. */
export function NormFinding({ cycleId, assessment, evidence, readOnly }: NormFindingProps) {
  const { i } = useInstitutionTexts();
  const { norm } = assessment;
  const headingId = `norm-${norm.id}-title`;
  return (
    <article className="inst-norm" aria-labelledby={headingId} data-testid={`finding-${norm.code}`} data-has-finding={assessment.finding ? 'true' : 'false'}>
      <h4 id={headingId} className="inst-norm__title">
        <span className="norm__code">{norm.code}</span> {norm.title}
      </h4>
      {norm.description && <p className="norm__description">{norm.description}</p>}
      <div className="inst-norm__columns">
        <OrganisationSide cycleId={cycleId} assessment={assessment} evidence={evidence} />
        <FindingForm cycleId={cycleId} assessment={assessment} readOnly={readOnly} label={i('findings.auditorSide')} />
      </div>
    </article>
  );
}

function OrganisationSide({ cycleId, assessment, evidence }: { cycleId: string; assessment: NormAssessmentItem; evidence: LinkedEvidence[] }) {
  const { i, t } = useInstitutionTexts();
  const answer = assessment.selfEvaluation;
  const id = `norm-${assessment.normId}`;
  return (
    <section className="inst-norm__org" aria-labelledby={`${id}-org`} data-testid="organisation-side">
      <h5 id={`${id}-org`}>{i('findings.organisationSide')}</h5>
      {!answer ? (
        <p className="muted">{i('findings.noAnswer')}</p>
      ) : (
        <dl className="inst-answer">
          <dt>{i('findings.orgScore')}</dt>
          <dd data-testid="organisation-score">{answer.score ? t(`score.${answer.score}`) : i('findings.noScore')}</dd>
          {answer.goesWell && (
            <>
              <dt>{i('findings.goesWell')}</dt>
              <dd className="inst-text">{answer.goesWell}</dd>
            </>
          )}
          {answer.toImprove && (
            <>
              <dt>{i('findings.toImprove')}</dt>
              <dd className="inst-text">{answer.toImprove}</dd>
            </>
          )}
          {answer.explanation && (
            <>
              <dt>{i('findings.explanation')}</dt>
              <dd className="inst-text">{answer.explanation}</dd>
            </>
          )}
        </dl>
      )}
      <h5 id={`${id}-evidence`}>{i('findings.evidence')}</h5>
      <EvidenceFiles files={evidence} none={i('findings.noEvidence')} labelledBy={`${id}-evidence`} testId="norm-evidence-list" />
      <LearningEvidenceOnNorm cycleId={cycleId} normId={assessment.normId} canLink={false} headingLevel={5} />
    </section>
  );
}

interface FindingFormProps {
  cycleId: string;
  assessment: NormAssessmentItem;
  readOnly: boolean;
  label: string;
}

interface FindingValues {
  score: NormScore | '';
  strengths: string;
  improvementPoints: string;
}

function FindingForm({ cycleId, assessment, readOnly, label }: FindingFormProps) {
  const { i, t, locale, errorText } = useInstitutionTexts();
  const saved = assessment.finding;
  // The form checks only that a judgement is chosen; which texts a judgement needs is the server's rule.
  const schema = useMemo(
    () =>
      z.object({
        score: z.custom<NormScore | ''>((value) => typeof value === 'string').refine((score) => score !== '', i('findings.chooseScore')),
        strengths: z.string(),
        improvementPoints: z.string(),
      }),
    [i],
  );
  const form = useForm<FindingValues>({
    resolver: zodResolver(schema),
    defaultValues: { score: saved?.score ?? '', strengths: saved?.strengths ?? '', improvementPoints: saved?.improvementPoints ?? '' },
  });
  const [justSaved, setJustSaved] = useState(false);
  // A first finding on a norm is not yet in the assessment: the list is read again to hold it.
  const record = useCommand(RecordAuditFindingMutation, { refetchQueries: saved ? [] : ['InstitutionFindings'] });
  const loading = record.pending;
  const id = `finding-${assessment.normId}`;
  const fieldIds = { score: `${id}-score-${SCORES[0]}`, strengths: `${id}-strengths`, improvementPoints: `${id}-improvementPoints` };
  const revision = useFormRevision({
    form,
    refusal: record.refusal,
    reset: record.reset,
    initial: saved?.revision ?? 0,
    resubmit: () => void onSubmit(),
    fields: [
      { name: 'score', label: i('findings.score'), show: (value) => t(`score.${value as NormScore}`) },
      { name: 'strengths', label: i('findings.strengths'), text: true },
      { name: 'improvementPoints', label: i('findings.improvementPoints'), text: true },
    ],
  });
  const errors = useFormErrors({ form, refusal: revision.refusal, prefix: id, fields: fieldIds, text: errorText });
  const { score, strengths, improvementPoints } = form.watch();
  const dirty = score !== (saved?.score ?? '') || strengths !== (saved?.strengths ?? '') || improvementPoints !== (saved?.improvementPoints ?? '');

  const onSubmit = form.handleSubmit(
    async (values) => {
      setJustSaved(false);
      if (!values.score) return;
      const result = await record.run({ input: { cycleId, normId: assessment.normId, ...values, score: values.score, expectedRevision: revision.expectedRevision() } });
      if (!result) return;
      revision.startFrom(result.recordAuditFinding.revision);
      setJustSaved(true);
    },
    () => {
      setJustSaved(false);
      record.reset();
    },
  );

  let status: string;
  if (loading) status = i('findings.saving');
  else if (dirty) status = saved || score || strengths || improvementPoints ? i('findings.unsaved') : i('findings.noFinding');
  else if (justSaved) status = i('findings.saved');
  else status = saved ? i('findings.lastSaved', { name: saved.recordedByName, date: formatDateTime(saved.updatedAt, locale) }) : i('findings.noFinding');

  return (
    <form
      className="inst-norm__form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="finding-form"
      data-saved={!dirty && saved ? 'true' : 'false'}
    >
      <h5 id={`${id}-title`}>{label}</h5>
      {errors.summary}
      {revision.conflict}
      <fieldset disabled={readOnly} className="inst-norm__fields">
        <fieldset className="score" {...errors.describes('score')}>
          <legend>{i('findings.score')}</legend>
          {SCORES.map((value) => (
            <label key={value} className="score__option">
              <input type="radio" id={`${id}-score-${value}`} value={value} {...form.register('score')} />
              <span>{t(`score.${value}`)}</span>
            </label>
          ))}
          {errors.at('score')}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-strengths`}>{i('findings.strengths')}</label>
          <p id={`${id}-strengths-hint`} className="field__hint">
            {i('findings.strengthsHint')}
          </p>
          <textarea id={`${id}-strengths`} rows={3} maxLength={10000} {...form.register('strengths')} {...errors.invalid('strengths', `${id}-strengths-hint`)} />
          {errors.at('strengths')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-improvementPoints`}>{i('findings.improvementPoints')}</label>
          <textarea id={`${id}-improvementPoints`} rows={3} maxLength={10000} {...form.register('improvementPoints')} {...errors.invalid('improvementPoints')} />
          {errors.at('improvementPoints')}
        </div>
      </fieldset>
      <div className="actions">
        {!readOnly && (
          <Button type="submit" busy={loading} busyLabel={i('findings.saving')}>
            {i('findings.save')}
            <span className="visually-hidden"> {assessment.normCode}</span>
          </Button>
        )}
        <p role="status" className="save-status" data-testid="finding-status">
          {status}
        </p>
      </div>
    </form>
  );
}
