import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { LearningOverviewQuery as OverviewData } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { LearningOverviewQuery, LearningTeamsQuery, SaveLearningContextNoteMutation } from './learning-operations';
import { MonthsTable } from './learning-dashboard-view';
import { useLearningTexts } from './learning-texts';
import './learning.css';

type Overview = OverviewData['learningOverview'];

/** A team's learning time used against offered per month: a chart for the eye and the same figures as a table. */
export function LearningOverviewPage() {
  const { l } = useLearningTexts();
  const teams = useQuery(LearningTeamsQuery, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [year, setYear] = useState(new Date().getFullYear());
  const list = teams.data?.teams ?? [];
  const teamId = chosen ?? list[0]?.id ?? null;

  return (
    <OrgPage title={l('overview.title')} lead={l('overview.lead')} testId="learning-overview-page">
      {!teams.data ? (
        <PendingQuery error={teams.error} loading={teams.loading} onRetry={() => void teams.refetch()} />
      ) : list.length === 0 ? (
        <p className="muted">{l('overview.noTeams')}</p>
      ) : (
        <>
          <div className="learning-choice">
            <Field id="learning-team" label={l('overview.team')}>
              <select value={teamId ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {list.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="learning-year" label={l('overview.year')} className="field--short">
              <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value) || year)} />
            </Field>
          </div>
          {teamId && <TeamYear teamId={teamId} year={year} />}
        </>
      )}
    </OrgPage>
  );
}

function TeamYear({ teamId, year }: { teamId: string; year: number }) {
  const { l, locale } = useLearningTexts();
  const { data, error, loading, refetch } = useQuery(LearningOverviewQuery, { variables: { teamId, year }, fetchPolicy: 'cache-and-network' });
  const overview = data?.learningOverview;
  if (!overview) return <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />;
  const monthName = (month: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locale, { month: 'long' });
  const hours = (n: number | null | undefined) => (n == null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 1 }));
  return (
    <>
      <section className="card" aria-labelledby="learning-chart">
        <h2 id="learning-chart">{l('overview.chartHeading')}</h2>
        <p className="muted">
          {l('overview.norm', { norm: overview.normPercent.toLocaleString(locale), min: overview.minContributors })}
          {overview.budgetHours != null && ` ${l('overview.budget', { hours: hours(overview.budgetHours) })}`}
        </p>
        <p className="muted">{l('overview.chartHint')}</p>
        <Chart overview={overview} monthName={monthName} />
      </section>
      <section className="card" aria-labelledby="learning-table">
        <h2 id="learning-table">{l('overview.caption', { team: overview.teamName, year })}</h2>
        <MonthsTable months={overview.months} caption={l('overview.caption', { team: overview.teamName, year })} notes testId="learning-overview-table" />
      </section>
      <NoteForm teamId={teamId} year={year} />
    </>
  );
}

/** Bars for used against offered; hidden from screen readers, which get the table instead. */
function Chart({ overview, monthName }: { overview: Overview; monthName: (month: string) => string }) {
  const top = Math.max(1, ...overview.months.flatMap((m) => [m.offeredHours ?? 0, m.usedHours ?? 0]));
  const pct = (n: number | null | undefined) => `${((n ?? 0) / top) * 100}%`;
  return (
    <div className="learning-chart" aria-hidden="true" data-testid="learning-chart">
      {overview.months.map((m) => (
        <div key={m.month} className="learning-chart__month">
          <div className="learning-chart__bars">
            <span className="learning-chart__bar learning-chart__bar--offered" style={{ height: pct(m.offeredHours) }} />
            <span className="learning-chart__bar learning-chart__bar--used" style={{ height: pct(m.usedHours) }} />
          </div>
          <span className="learning-chart__label">{monthName(m.month).slice(0, 3)}</span>
        </div>
      ))}
    </div>
  );
}

/** The team lead's note beside a month of the team's figures. */
function NoteForm({ teamId, year }: { teamId: string; year: number }) {
  const { l } = useLearningTexts();
  const me = useOrgUser();
  const save = useCommand(SaveLearningContextNoteMutation, { refetchQueries: ['LearningOverview'] });
  const [form, setForm] = useState({ month: `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`, text: '' });
  if (me.role !== 'ORG_TEAM_LEAD') return null;
  const fieldError = (field: string) => (save.refusal?.field === field ? save.refusal.message : null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run({ input: { teamId, ...form } })) setForm({ ...form, text: '' });
  }
  return (
    <section className="card" aria-labelledby="learning-note">
      <h2 id="learning-note">{l('overview.noteHeading')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <Field id="learning-note-month" label={l('overview.noteMonth')} error={fieldError('month')} className="field--short">
          <input type="month" required value={form.month} onChange={(e) => setForm({ ...form, month: e.target.value })} />
        </Field>
        <Field id="learning-note-text" label={l('overview.noteText')} error={fieldError('text')}>
          <textarea rows={3} value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
        </Field>
        {save.refusal && !save.refusal.field && <Refusal refusal={save.refusal} />}
        <div className="actions">
          <Button type="submit" busy={save.pending} busyLabel={l('overview.noteBusy')}>
            {l('overview.noteSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
