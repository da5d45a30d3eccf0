import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from '../../lib/form-schema';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { useInstitutionTexts } from './institution-texts';
import type { SectionProps } from './section-props';

const ProposeAuditDatesMutation = graphql(`
  mutation InstitutionProposeAuditDates($input: ProposeAuditDatesInput!) {
    proposeAuditDates(input: $input) {
      ...InstitutionCycleHeader
    }
  }
`);

const MAX_DATES = 5;

/** The audit dates: what was proposed, which one the organisation confirmed, and proposing (again). */
export function SchedulingSection({ cycle, rights }: SectionProps) {
  const { i, locale } = useInstitutionTexts();
  const started = cycle.leadAuditor !== null && cycle.leadAuditor !== undefined;
  if (!started) return <p className="card muted">{i('scheduling.notYet')}</p>;
  return (
    <div className="stack">
      {cycle.confirmedAuditDate && (
        <p className="banner banner--success" data-testid="confirmed-date">
          {i('scheduling.confirmed', { date: formatDate(cycle.confirmedAuditDate, locale) })}
        </p>
      )}
      <section className="card" aria-labelledby="proposed-title">
        <h3 id="proposed-title">{i('scheduling.proposedTitle')}</h3>
        {cycle.proposedAuditDates.length === 0 ? (
          <p className="muted">{i('scheduling.noneProposed')}</p>
        ) : (
          <>
            <ul className="inst-dates" data-testid="proposed-dates">
              {cycle.proposedAuditDates.map((date) => (
                <li key={date} data-date={date} className={date === cycle.confirmedAuditDate ? 'inst-dates__confirmed' : undefined}>
                  {formatDate(date, locale)}
                </li>
              ))}
            </ul>
            {cycle.step === 'DATES_PROPOSED' && <p className="muted">{i('scheduling.awaitingChoice')}</p>}
          </>
        )}
      </section>
      {rights.proposeDates ? (
        <ProposeDatesForm cycleId={cycle.id} again={cycle.proposedAuditDates.length > 0} />
      ) : (
        (cycle.step === 'SCHEDULING' || cycle.step === 'DATES_PROPOSED') && <p className="muted">{i('scheduling.auditorsOnly')}</p>
      )}
    </div>
  );
}

interface ProposeValues {
  dates: { value: string }[];
}

function ProposeDatesForm({ cycleId, again }: { cycleId: string; again: boolean }) {
  const { i, errorText } = useInstitutionTexts();
  const propose = useCommand(ProposeAuditDatesMutation, { refetchQueries: ['InstitutionInbox'] });
  const [done, setDone] = useState(false);
  const schema = useMemo(
    () =>
      z.object({
        dates: z.array(z.object({ value: z.string() })).refine((all) => all.some((d) => d.value.trim() !== ''), i('scheduling.needOne')),
      }),
    [i],
  );
  const form = useForm<ProposeValues>({ resolver: zodResolver(schema), defaultValues: { dates: [{ value: '' }] } });
  const dates = useFieldArray({ control: form.control, name: 'dates' });
  const errors = useFormErrors({ form, refusal: propose.refusal, prefix: 'propose', fields: { dates: 'propose-date-0' }, text: errorText });

  const onSubmit = form.handleSubmit(
    async (values) => {
      setDone(false);
      const chosen = values.dates.map((d) => d.value.trim()).filter(Boolean);
      if (await propose.run({ input: { cycleId, dates: chosen } })) {
        setDone(true);
        form.reset({ dates: [{ value: '' }] });
      }
    },
    () => {
      setDone(false);
      propose.reset();
    },
  );

  return (
    <form className="card form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="propose-dates-form">
      {errors.summary}
      <h3>{again ? i('scheduling.resubmit') : i('scheduling.submit')}</h3>
      <p className="muted">{i('scheduling.intro')}</p>
      <p id="propose-hint" className="field__hint">
        {i('scheduling.optionHint')}
      </p>
      {dates.fields.map((item, index) => (
        <div className="field inst-date-row" key={item.id}>
          <label htmlFor={`propose-date-${index}`}>{i('scheduling.option', { n: index + 1 })}</label>
          <div className="inst-date-row__inputs">
            <input id={`propose-date-${index}`} type="date" {...form.register(`dates.${index}.value`)} {...errors.invalid('dates', 'propose-hint')} />
            {dates.fields.length > 1 && (
              <Button variant="secondary" onClick={() => dates.remove(index)}>
                {i('scheduling.remove', { n: index + 1 })}
              </Button>
            )}
          </div>
        </div>
      ))}
      {errors.at('dates')}
      {dates.fields.length < MAX_DATES && (
        <div>
          <Button variant="secondary" onClick={() => dates.append({ value: '' }, { shouldFocus: false })}>
            {i('scheduling.add')}
          </Button>
        </div>
      )}
      <div className="actions">
        <Button type="submit" busy={propose.pending} busyLabel={i('scheduling.busy')}>
          {again ? i('scheduling.resubmit') : i('scheduling.submit')}
        </Button>
      </div>
      {done && (
        <p role="status" className="banner banner--success">
          {i('scheduling.proposedNow')}
        </p>
      )}
    </form>
  );
}
