import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal, useRefusalText } from '../../../components/ui/refusal';
import type { LearningYearQuery as LearningYearData } from '../../../gql/graphql';
import { refusalPath } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { LearningYearQuery, SetLearningSettingsMutation, StartLearningYearMutation } from './learning-admin-operations';
import { ReportTeamsTable, ScanRoundTable } from './learning-report-tables';
import { useLearningTexts } from './learning-texts';

type Report = NonNullable<LearningYearData['learningYear']['report']>;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** What applies until the organisation saved settings of its own (docs/learning.md, "What is a setting"). */
const DEFAULTS = { normPercent: 10, minContributors: 5, scanMonths: [3, 9], scanOpenDays: 21, farUnderNormPercent: 50, retentionMonths: 60 };

const monthName = (month: number, locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
const listOf = (items: string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

export interface Schedule {
  normPercent: number;
  minContributors: number;
  scanMonths: number[];
  scanOpenDays: number;
  farUnderNormPercent: number;
  retentionMonths: number;
}

/** The year's state, starting it after the check, and its report once it is closed. */
export function LearningYearSection() {
  const { l } = useLearningTexts();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useQuery(LearningYearQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const start = useCommand(StartLearningYearMutation, { refetchQueries: ['LearningYear'] });
  const step = useConfirmStep();
  const [said, setSaid] = useState('');
  const state = query.data?.learningYear.year === year ? query.data.learningYear : null;

  return (
    <section className="card stack" aria-labelledby="learning-year" data-testid="learning-year">
      <h2 id="learning-year">{l('year.heading')}</h2>
      <p>{l('year.lead')}</p>
      <Field id="learning-year-choice" label={l('year.year')} className="field--short">
        <select
          value={year}
          onChange={(e) => {
            step.back();
            start.reset();
            setSaid('');
            setYear(Number(e.target.value));
          }}
        >
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <p role="status" className="muted">
        {said}
      </p>
      {!state ? (
        <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p data-testid="learning-year-status">
            <strong>{l('year.status', { year })}</strong> {l(`year.${state.status}`)}
          </p>
          {state.status === 'NOT_STARTED' && (
            <ConfirmStep
              step={step}
              effect={l(year < thisYear ? 'year.effectPast' : 'year.effect', { year })}
              told={l('year.told')}
              busy={start.pending}
              busyLabel={l('year.busy')}
            >
              <div className="actions">
                <Button
                  onClick={() =>
                    step.ask(async () => {
                      if (await start.run({ input: { year } })) setSaid(l('year.started', { year }));
                    })
                  }
                >
                  {l('year.start', { year })}
                </Button>
              </div>
            </ConfirmStep>
          )}
          {start.refusal && <Refusal refusal={start.refusal} />}
          {state.report && <YearReport year={year} report={state.report} />}
        </>
      )}
    </section>
  );
}

/** The stored report: aggregates only, strengths first is the reader's to find; nothing personal is in it. */
function YearReport({ year, report }: { year: number; report: Report }) {
  const { l, locale } = useLearningTexts();
  const number = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale));
  return (
    <div className="stack" data-testid="learning-year-report">
      <h3>{l('year.report', { year })}</h3>
      <p className="muted">{l('year.reportMade', { date: formatDateTime(report.createdAt, locale), norm: number(report.normPercent), min: report.minContributors })}</p>
      {report.teams.length === 0 ? (
        <p className="muted">{l('year.noTeams')}</p>
      ) : (
        <ReportTeamsTable teams={report.teams} caption={l('year.reportTeams', { year })} />
      )}
      <h4>{l('year.reportThemes')}</h4>
      {report.themes.length === 0 ? (
        <p className="muted">{l('year.noThemes')}</p>
      ) : (
        <ul>
          {report.themes.map((t) => (
            <li key={t.title}>
              {t.title} ({l('year.interest', { count: t.interestCount })})
            </li>
          ))}
        </ul>
      )}
      <p>{l('year.reportSessions', { count: report.sessions })}</p>
      {report.scanRounds.length === 0 ? (
        <p className="muted">{l('year.noScan')}</p>
      ) : (
        report.scanRounds.map((round) => <ScanRoundTable key={round.roundId} round={round} caption={l('year.reportScan', { period: round.period })} />)
      )}
    </div>
  );
}

/**
 * The schedule the learning year follows. The settings are one record, so the norm and threshold in force go
 * along unchanged; a refusal is shown beside the field it names, in the rule's words.
 */
export function LearningScheduleSection({ current }: { current: Schedule | null }) {
  const { l, locale } = useLearningTexts();
  const errorText = useRefusalText();
  const save = useCommand(SetLearningSettingsMutation, { refetchQueries: ['LearningSettingsScreen'] });
  const [months, setMonths] = useState<number[] | null>(null);
  const [days, setDays] = useState<string | null>(null);
  const [percent, setPercent] = useState<string | null>(null);
  const [retention, setRetention] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  // Until something is typed the form shows what is in force.
  const shownMonths = months ?? current?.scanMonths ?? DEFAULTS.scanMonths;
  const shownDays = days ?? String(current?.scanOpenDays ?? DEFAULTS.scanOpenDays);
  const shownPercent = percent ?? String(current?.farUnderNormPercent ?? DEFAULTS.farUnderNormPercent);
  const shownRetention = retention ?? String(current?.retentionMonths ?? DEFAULTS.retentionMonths);
  const refusal = save.refusal;
  const path = refusalPath(refusal);
  // A month is refused by its place in the list (`scanMonths.1`): said beside the months as a whole.
  const fieldError = (field: string) => (refusal && (path === field || path?.startsWith(`${field}.`)) ? errorText(refusal) : null);
  const monthsError = fieldError('scanMonths');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    const norm = current ?? DEFAULTS;
    const input = {
      normPercent: norm.normPercent,
      minContributors: norm.minContributors,
      scanMonths: [...shownMonths].sort((a, b) => a - b),
      scanOpenDays: Math.trunc(Number(shownDays.trim())),
      farUnderNormPercent: Math.trunc(Number(shownPercent.trim())),
      retentionMonths: Math.trunc(Number(shownRetention.trim())),
    };
    if (await save.run({ input })) {
      setMonths(null);
      setDays(null);
      setPercent(null);
      setRetention(null);
      setSaid(l('year.scheduleSaved'));
    }
  }

  return (
    <section className="card stack" aria-labelledby="learning-schedule" data-testid="learning-schedule">
      <h2 id="learning-schedule">{l('year.scheduleHeading')}</h2>
      {current && (
        <p>
          {l('year.scheduleNow', {
            months: listOf(
              current.scanMonths.map((m) => monthName(m, locale)),
              locale,
            ),
            days: current.scanOpenDays,
            percent: current.farUnderNormPercent,
          })}
        </p>
      )}
      <p className="muted">{l('year.nudgeNote')}</p>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset aria-describedby={monthsError ? 'schedule-months-error' : undefined}>
          <legend>{l('year.scanMonths')}</legend>
          <div className="learning-year__months">
            {MONTHS.map((m) => (
              <label key={m} className="checkbox">
                <input
                  type="checkbox"
                  checked={shownMonths.includes(m)}
                  onChange={(e) => {
                    setSaid('');
                    setMonths(e.target.checked ? [...shownMonths, m] : shownMonths.filter((x) => x !== m));
                  }}
                />
                {monthName(m, locale)}
              </label>
            ))}
          </div>
          {monthsError && (
            <p role="alert" id="schedule-months-error" className="alert alert--error field__error">
              {monthsError}
            </p>
          )}
        </fieldset>
        <Field id="schedule-open-days" label={l('year.scanOpenDays')} hint={l('year.scanOpenDaysHint')} error={fieldError('scanOpenDays')} className="field--short">
          <input type="text" inputMode="numeric" value={shownDays} onChange={(e) => setDays(e.target.value)} />
        </Field>
        <Field id="schedule-far-under" label={l('year.farUnder')} hint={l('year.farUnderHint')} error={fieldError('farUnderNormPercent')} className="field--short">
          <input type="text" inputMode="numeric" value={shownPercent} onChange={(e) => setPercent(e.target.value)} />
        </Field>
        <Field id="schedule-retention" label={l('year.retention')} hint={l('year.retentionHint')} error={fieldError('retentionMonths')} className="field--short">
          <input type="text" inputMode="numeric" value={shownRetention} onChange={(e) => setRetention(e.target.value)} />
        </Field>
        {refusal && !refusal.field && <Refusal refusal={refusal} />}
        <p role="status" className="muted">
          {said}
        </p>
        <div className="actions">
          <Button type="submit" busy={save.pending} busyLabel={l('settings.busy')}>
            {l('year.saveSchedule')}
          </Button>
        </div>
      </form>
    </section>
  );
}
