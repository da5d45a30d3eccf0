import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { fieldRefusal } from './form-bits';
import { useInstitutionTexts } from './institution-texts';
import type { SectionProps } from './section-props';
import { useCycleCommand } from './use-cycle-command';

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

function ProposeDatesForm({ cycleId, again }: { cycleId: string; again: boolean }) {
  const { i } = useInstitutionTexts();
  const propose = useCycleCommand(ProposeAuditDatesMutation, ['InstitutionInbox']);
  const [dates, setDates] = useState<string[]>(['']);
  const [done, setDone] = useState(false);
  const refusal = fieldRefusal(propose.error, 'propose', ['dates']);

  const setDate = (index: number, value: string) => setDates((all) => all.map((d, n) => (n === index ? value : d)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const chosen = dates.map((d) => d.trim()).filter(Boolean);
    if (chosen.length === 0) {
      propose.setError({ code: 'REQUIRED', message: i('scheduling.needOne'), field: 'dates', details: {} });
      return;
    }
    if (await propose.run({ cycleId, dates: chosen })) {
      setDone(true);
      setDates(['']);
    }
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="propose-dates-form">
      <h3>{again ? i('scheduling.resubmit') : i('scheduling.submit')}</h3>
      <p className="muted">{i('scheduling.intro')}</p>
      <p id="propose-hint" className="field__hint">
        {i('scheduling.optionHint')}
      </p>
      {dates.map((value, index) => (
        <div className="field inst-date-row" key={index}>
          <label htmlFor={`propose-date-${index}`}>{i('scheduling.option', { n: index + 1 })}</label>
          <div className="inst-date-row__inputs">
            <input
              id={`propose-date-${index}`}
              type="date"
              value={value}
              onChange={(e) => setDate(index, e.target.value)}
              {...refusal.invalid('dates', 'propose-hint')}
            />
            {dates.length > 1 && (
              <Button variant="secondary" onClick={() => setDates((all) => all.filter((_, n) => n !== index))}>
                {i('scheduling.remove', { n: index + 1 })}
              </Button>
            )}
          </div>
        </div>
      ))}
      {refusal.message('dates')}
      {dates.length < MAX_DATES && (
        <div>
          <Button variant="secondary" onClick={() => setDates((all) => [...all, ''])}>
            {i('scheduling.add')}
          </Button>
        </div>
      )}
      {refusal.general()}
      <div className="actions">
        <Button type="submit" busy={propose.loading} busyLabel={i('scheduling.busy')}>
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
