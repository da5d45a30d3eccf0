import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { allows } from '../../../lib/viewer-can';
import { useOrgTexts } from '../organisation-texts';

const OrganisationConfirmAuditDateMutation = graphql(`
  mutation OrganisationConfirmAuditDate($input: ConfirmAuditDateInput!) {
    confirmAuditDate(input: $input) {
      ...OrganisationExternalAudit
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

/** The date of the audit: the auditors propose, the organisation confirms one. */
export function AuditDateSection({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  const { o, locale } = useOrgTexts();
  // The server says whether this viewer may confirm a date now (the quality officer, once dates are proposed).
  const choosing = allows(cycle, 'confirmAuditDate');
  let body;
  if (cycle.confirmedAuditDate) {
    body = (
      <p>
        {o('external.confirmedDate')}{' '}
        <strong data-testid="confirmed-date" data-date={cycle.confirmedAuditDate}>
          {formatDate(cycle.confirmedAuditDate, locale)}
        </strong>
      </p>
    );
  } else if (choosing) {
    body = <ConfirmDateForm cycleId={cycle.id} dates={cycle.proposedAuditDates} />;
  } else if (cycle.proposedAuditDates.length > 0) {
    body = (
      <>
        <p>{o('external.proposedDates')}</p>
        <ul>
          {cycle.proposedAuditDates.map((date) => (
            <li key={date}>{formatDate(date, locale)}</li>
          ))}
        </ul>
      </>
    );
  } else {
    body = <p className="muted">{o('external.noDatesYet')}</p>;
  }
  return (
    <section className="card" aria-labelledby="date-title" data-testid="audit-date">
      <h2 id="date-title">{o('external.dateTitle')}</h2>
      {body}
    </section>
  );
}

// Which date may be confirmed (one of the proposed ones) is the server's rule.
const schema = z.object({ date: z.string() });
type ConfirmValues = z.infer<typeof schema>;

function ConfirmDateForm({ cycleId, dates }: { cycleId: string; dates: string[] }) {
  const { o, locale, errorText } = useOrgTexts();
  const confirm = useCommand(OrganisationConfirmAuditDateMutation);
  const check = useConfirmStep();
  const { t } = useTranslation();
  const form = useForm<ConfirmValues>({ resolver: zodResolver(schema), defaultValues: { date: '' } });
  const errors = useFormErrors({ form, refusal: confirm.refusal, prefix: 'confirm', fields: { date: `audit-date-${dates[0]}` }, text: errorText });

  const onSubmit = form.handleSubmit((values) => check.ask(() => confirm.run({ input: { cycleId, ...values } })), confirm.reset);
  const chosen = form.getValues('date');

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {errors.summary}
      <fieldset className="choice" {...errors.describes('date')}>
        <legend>{o('external.chooseDate')}</legend>
        {dates.map((d) => (
          <label key={d} className="choice__option">
            <input type="radio" id={`audit-date-${d}`} value={d} {...form.register('date')} />
            <span>{formatDate(d, locale)}</span>
          </label>
        ))}
        {errors.at('date')}
      </fieldset>
      <ConfirmStep
        step={check}
        answers={chosen ? formatDate(chosen, locale) : null}
        effect={t('confirmStep.command.confirmDate.effect')}
        told={t('confirmStep.command.confirmDate.told')}
        busy={confirm.pending}
        busyLabel={o('external.confirming')}
      >
        <div className="actions">
          <Button type="submit">{o('external.confirm')}</Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
