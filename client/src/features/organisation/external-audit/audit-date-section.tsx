import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { useRefusal } from '../refusal';
import { useSubmit } from '../use-submit';

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
  const me = useOrgUser();
  const choosing = cycle.phase === 'EXTERNAL_AUDIT' && cycle.step === 'DATES_PROPOSED';
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
  } else if (choosing && me.manage) {
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

const FIELDS = ['date'] as const;

function ConfirmDateForm({ cycleId, dates }: { cycleId: string; dates: string[] }) {
  const { o, locale } = useOrgTexts();
  const [date, setDate] = useState('');
  const { error, run } = useSubmit();
  const refusal = useRefusal('confirm', FIELDS, error);
  const [confirm, { loading }] = useMutation(OrganisationConfirmAuditDateMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run((clientMutationId) => confirm({ variables: { input: { clientMutationId, cycleId, date } } }));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <fieldset className="choice" {...refusal.describes('date')}>
        <legend>{o('external.chooseDate')}</legend>
        {dates.map((d) => (
          <label key={d} className="choice__option">
            <input type="radio" name="audit-date" value={d} checked={date === d} onChange={() => setDate(d)} />
            <span>{formatDate(d, locale)}</span>
          </label>
        ))}
        {refusal.at('date')}
      </fieldset>
      {refusal.general}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel={o('external.confirming')}>
          {o('external.confirm')}
        </Button>
      </div>
    </form>
  );
}
