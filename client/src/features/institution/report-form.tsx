import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmStep, useConfirmStep } from '../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../lib/form-schema';
import { Button } from '../../components/ui/button';
import type { AuditAdvice } from '../../gql/graphql';
import type { CommandRefusal } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { useInstitutionTexts } from './institution-texts';

const ADVICES = ['POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE'] as const satisfies readonly AuditAdvice[];
// Strengths before improvement points, in the report as in every form.
const TEXTS = ['summary', 'strengths', 'improvementPoints'] as const;

export interface ReportValues {
  summary: string;
  strengths: string;
  improvementPoints: string;
  advice?: AuditAdvice;
}

interface FormValues {
  summary: string;
  strengths: string;
  improvementPoints: string;
  advice: AuditAdvice | '';
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
  refusal: CommandRefusal | null;
  onSubmit(values: ReportValues): Promise<unknown>;
  /** Called when the form's own check stops the sending, so an older refusal goes. */
  onInvalid?(): void;
}

/** Writing a report: summary, strengths, improvement points, and for the final report the advice. */
export function ReportForm({ testId, title, intro, note, initial, withAdvice, submitLabel, busyLabel, busy, refusal, onSubmit, onInvalid }: ReportFormProps) {
  const { i, errorText } = useInstitutionTexts();
  const schema = useMemo(
    () =>
      z.object({
        summary: z.string(),
        strengths: z.string(),
        improvementPoints: z.string(),
        advice: z.enum(['', ...ADVICES]).refine((advice) => !withAdvice || advice !== '', i('reports.chooseAdvice')),
      }),
    [i, withAdvice],
  );
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      summary: initial?.summary ?? '',
      strengths: initial?.strengths ?? '',
      improvementPoints: initial?.improvementPoints ?? '',
      advice: '',
    },
  });
  const fields = {
    summary: `${testId}-summary`,
    strengths: `${testId}-strengths`,
    improvementPoints: `${testId}-improvementPoints`,
    ...(withAdvice ? { advice: `${testId}-advice-${ADVICES[0]}` } : {}),
  };
  const errors = useFormErrors({ form, refusal, prefix: testId, fields, text: errorText });
  const check = useConfirmStep();
  const { t } = useTranslation();
  // Issuing fixes the report: the check says so before it happens.
  const command = withAdvice ? 'issueFinal' : 'issueDraft';

  const submit = form.handleSubmit(({ advice, ...values }) => {
    check.ask(() => onSubmit({ ...values, ...(advice ? { advice } : {}) }));
  }, onInvalid);
  const advice = form.getValues('advice');

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} noValidate data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h3 id={`${testId}-title`}>{title}</h3>
      {errors.summary}
      <p className="muted">{intro}</p>
      {note && (
        <p className="banner banner--warning" data-testid="missing-findings">
          {note}
        </p>
      )}
      {TEXTS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`${testId}-${field}`}>{i(`reports.${field}`)}</label>
          <textarea id={`${testId}-${field}`} rows={field === 'summary' ? 4 : 5} maxLength={20000} {...form.register(field)} {...errors.invalid(field)} />
          {errors.at(field)}
        </div>
      ))}
      {withAdvice && (
        <fieldset className="choice" {...errors.describes('advice')}>
          <legend>{i('reports.advice')}</legend>
          {ADVICES.map((value) => (
            <label key={value} className="choice__option">
              <input type="radio" id={`${testId}-advice-${value}`} value={value} {...form.register('advice')} />
              <span>{i(`advice.${value}`)}</span>
            </label>
          ))}
          {errors.at('advice')}
        </fieldset>
      )}
      <ConfirmStep
        step={check}
        answers={withAdvice && advice ? `${i('reports.advice')}: ${i(`advice.${advice}`)}` : undefined}
        effect={t(`confirmStep.command.${command}.effect`)}
        told={t(`confirmStep.command.${command}.told`)}
        busy={busy}
        busyLabel={busyLabel}
      >
        <div className="actions">
          <Button type="submit">{submitLabel}</Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
