import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import type { AuditAdvice } from '../../gql/graphql';
import type { UserError } from '../../lib/errors';
import { fieldRefusal } from './form-bits';
import { useInstitutionTexts } from './institution-texts';

const ADVICES: readonly AuditAdvice[] = ['POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE'];
const FIELDS = ['summary', 'strengths', 'improvementPoints', 'advice'] as const;
// Strengths before improvement points, in the report as in every form.
const TEXTS = ['summary', 'strengths', 'improvementPoints'] as const;

export interface ReportValues {
  summary: string;
  strengths: string;
  improvementPoints: string;
  advice?: AuditAdvice;
}

interface ReportFormProps {
  testId: string;
  title: string;
  intro: string;
  note?: string;
  initial?: { summary: string; strengths: string; improvementPoints: string };
  withAdvice?: boolean;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: UserError | null;
  onSubmit(values: ReportValues): Promise<unknown>;
}

/** Writing a report: summary, strengths, improvement points, and for the final report the advice. */
export function ReportForm({ testId, title, intro, note, initial, withAdvice, submitLabel, busyLabel, busy, error, onSubmit }: ReportFormProps) {
  const { i } = useInstitutionTexts();
  const [values, setValues] = useState({
    summary: initial?.summary ?? '',
    strengths: initial?.strengths ?? '',
    improvementPoints: initial?.improvementPoints ?? '',
  });
  const [advice, setAdvice] = useState<AuditAdvice | null>(null);
  const [localError, setLocalError] = useState<UserError | null>(null);
  const shown = localError ?? error;
  const refusal = fieldRefusal(shown, testId, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalError(null);
    if (withAdvice && !advice) {
      setLocalError({ code: 'REQUIRED', message: i('reports.chooseAdvice'), field: 'advice', details: {} });
      return;
    }
    await onSubmit({ ...values, ...(advice ? { advice } : {}) });
  }

  return (
    <form className="card form" onSubmit={submit} noValidate data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h3 id={`${testId}-title`}>{title}</h3>
      <p className="muted">{intro}</p>
      {note && (
        <p className="banner banner--warning" data-testid="missing-findings">
          {note}
        </p>
      )}
      {TEXTS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`${testId}-${field}`}>{i(`reports.${field}`)}</label>
          <textarea
            id={`${testId}-${field}`}
            rows={field === 'summary' ? 4 : 5}
            maxLength={20000}
            value={values[field]}
            onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            {...refusal.invalid(field)}
          />
          {refusal.message(field)}
        </div>
      ))}
      {withAdvice && (
        <fieldset className="choice" aria-describedby={refusal.invalid('advice')['aria-describedby']}>
          <legend>{i('reports.advice')}</legend>
          {ADVICES.map((value) => (
            <label key={value} className="choice__option">
              <input type="radio" name={`${testId}-advice`} value={value} checked={advice === value} onChange={() => setAdvice(value)} />
              <span>{i(`advice.${value}`)}</span>
            </label>
          ))}
          {refusal.message('advice')}
        </fieldset>
      )}
      {refusal.general()}
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
