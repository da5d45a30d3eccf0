import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import { formatDateTime } from '../../../lib/format';
import { useCommand, type Command } from '../../../lib/use-command';
import { useOrgUser } from '../org-user';
import { OrgPage } from '../org-page';
import { LearningSettingsScreenQuery, OrganisationPeopleQuery, SetContractHoursMutation, SetLearningBudgetMutation, SetLearningSettingsMutation } from './learning-admin-operations';
import { LearningTable } from './learning-table';
import { useLearningTexts } from './learning-texts';
import { LearningScheduleSection, LearningYearSection } from './learning-year-section';

/** "1,5" as typed on a Dutch keyboard is 1.5; what is no number goes to the server, which names the field. */
const toNumber = (text: string) => Number(text.trim().replace(',', '.'));
const REFETCH = { refetchQueries: ['LearningSettingsScreen'] };

/** The learning coordinator's (and quality officer's) settings: the norm and threshold, budgets, contract hours. */
export function LearningSettingsPage() {
  const { l, locale } = useLearningTexts();
  const me = useOrgUser();
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  // The budgets listed follow the year as soon as it is a year; the one sent is as typed, for the server to judge.
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : new Date().getFullYear();
  const { data, error, loading, refetch } = useQuery(LearningSettingsScreenQuery, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const people = useQuery(OrganisationPeopleQuery, { variables: { organisationId: me.organisationId } }).data?.organisation.members ?? [];
  const settings = useCommand(SetLearningSettingsMutation, REFETCH);
  const budget = useCommand(SetLearningBudgetMutation, REFETCH);
  const contract = useCommand(SetContractHoursMutation, REFETCH);
  const [norm, setNorm] = useState({ normPercent: '', minContributors: '' });
  const [budgetForm, setBudgetForm] = useState({ target: '', hours: '' });
  const [contractForm, setContractForm] = useState({ personId: '', hoursPerWeek: '' });
  const [said, setSaid] = useState('');
  const nameOf = (id: string | null | undefined) => data?.teams.find((t) => t.id === id)?.name ?? people.find((p) => p.id === id)?.name ?? '—';
  const errorOf = (command: Command<unknown, never>, field: string) => (command.refusal?.field === field ? command.refusal.message : null);

  const submit = (run: () => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    setSaid('');
    if (await run()) setSaid(l('settings.saved'));
  };
  const [kind, targetId] = budgetForm.target.split(':');

  if (!data) {
    return (
      <OrgPage title={l('settings.title')} lead={l('settings.lead')} testId="learning-settings-page">
        <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
      </OrgPage>
    );
  }
  const current = data.learningSettingsHistory.nodes[0];
  return (
    <OrgPage title={l('settings.title')} lead={l('settings.lead')} testId="learning-settings-page">
      <p role="status" className="muted">
        {said}
      </p>
      <Section id="settings-norm" title={l('settings.normHeading')}>
        <p>{current ? l('overview.norm', { norm: current.normPercent.toLocaleString(locale), min: current.minContributors }) : l('settings.defaults')}</p>
        <form className="stack" noValidate onSubmit={(e) => void submit(() => settings.run({ input: { normPercent: toNumber(norm.normPercent), minContributors: Math.trunc(toNumber(norm.minContributors)) } }))(e)}>
          <Field id="settings-norm-percent" label={l('settings.norm')} error={errorOf(settings, 'normPercent')} className="field--short">
            <input type="text" inputMode="decimal" value={norm.normPercent} onChange={(e) => setNorm({ ...norm, normPercent: e.target.value })} />
          </Field>
          <Field id="settings-min" label={l('settings.min')} hint={l('settings.minHint')} error={errorOf(settings, 'minContributors')} className="field--short">
            <input type="text" inputMode="numeric" value={norm.minContributors} onChange={(e) => setNorm({ ...norm, minContributors: e.target.value })} />
          </Field>
          {settings.refusal && !settings.refusal.field && <Refusal refusal={settings.refusal} />}
          <div className="actions">
            <Button type="submit" busy={settings.pending} busyLabel={l('settings.busy')}>
              {l('settings.saveNorm')}
            </Button>
          </div>
        </form>
        {data.learningSettingsHistory.nodes.length > 0 && (
          <LearningTable caption={l('settings.historyCaption')} head={[l('settings.setOn'), l('settings.norm'), l('settings.min')]}>
            {data.learningSettingsHistory.nodes.map((s) => (
              <tr key={s.id}>
                <th scope="row">{formatDateTime(s.createdAt, locale)}</th>
                <td>{s.normPercent.toLocaleString(locale)}</td>
                <td>{s.minContributors}</td>
              </tr>
            ))}
          </LearningTable>
        )}
      </Section>
      <LearningYearSection />
      <LearningScheduleSection current={current ?? null} />
      <Section id="settings-budget" title={l('settings.budgetHeading')}>
        <form
          className="stack"
          noValidate
          onSubmit={(e) =>
            void submit(() => budget.run({ input: { year: Math.trunc(toNumber(yearText)) || 0, hours: toNumber(budgetForm.hours), teamId: kind === 'team' ? targetId : null, personId: kind === 'person' ? targetId : null } }))(e)
          }
        >
          <Field id="settings-year" label={l('settings.year')} error={errorOf(budget, 'year')} className="field--short">
            <input type="text" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} />
          </Field>
          <Field id="settings-budget-for" label={l('settings.budgetFor')} error={errorOf(budget, 'teamId') ?? errorOf(budget, 'personId')}>
            <select value={budgetForm.target} onChange={(e) => setBudgetForm({ ...budgetForm, target: e.target.value })}>
              <option value="" />
              <optgroup label={l('settings.teamsGroup')}>
                {data.teams.map((t) => (
                  <option key={t.id} value={`team:${t.id}`}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={l('settings.peopleGroup')}>
                {people.map((p) => (
                  <option key={p.id} value={`person:${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Field id="settings-budget-hours" label={l('settings.hours')} error={errorOf(budget, 'hours')} className="field--short">
            <input type="text" inputMode="decimal" value={budgetForm.hours} onChange={(e) => setBudgetForm({ ...budgetForm, hours: e.target.value })} />
          </Field>
          {budget.refusal && !budget.refusal.field && <Refusal refusal={budget.refusal} />}
          <div className="actions">
            <Button type="submit" busy={budget.pending} busyLabel={l('settings.busy')}>
              {l('settings.saveBudget')}
            </Button>
          </div>
        </form>
        {data.learningBudgets.nodes.length === 0 ? (
          <p className="muted">{l('settings.noBudgets')}</p>
        ) : (
          <LearningTable caption={l('settings.budgetCaption', { year })} head={[l('settings.budgetFor'), l('settings.hours'), l('settings.setOn')]}>
            {data.learningBudgets.nodes.map((b) => (
              <tr key={b.id}>
                <th scope="row">{nameOf(b.teamId ?? b.personId)}</th>
                <td>{b.hours.toLocaleString(locale)}</td>
                <td>{formatDateTime(b.createdAt, locale)}</td>
              </tr>
            ))}
          </LearningTable>
        )}
      </Section>
      <Section id="settings-contract" title={l('settings.contractHeading')}>
        <form className="stack" noValidate onSubmit={(e) => void submit(() => contract.run({ input: { personId: contractForm.personId, hoursPerWeek: toNumber(contractForm.hoursPerWeek) } }))(e)}>
          <Field id="settings-contract-person" label={l('settings.person')} error={errorOf(contract, 'personId')}>
            <select value={contractForm.personId} onChange={(e) => setContractForm({ ...contractForm, personId: e.target.value })}>
              <option value="" />
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="settings-contract-hours" label={l('settings.hoursPerWeek')} error={errorOf(contract, 'hoursPerWeek')} className="field--short">
            <input type="text" inputMode="decimal" value={contractForm.hoursPerWeek} onChange={(e) => setContractForm({ ...contractForm, hoursPerWeek: e.target.value })} />
          </Field>
          {contract.refusal && !contract.refusal.field && <Refusal refusal={contract.refusal} />}
          <div className="actions">
            <Button type="submit" busy={contract.pending} busyLabel={l('settings.busy')}>
              {l('settings.saveContract')}
            </Button>
          </div>
        </form>
        {data.contractHours.nodes.length === 0 ? (
          <p className="muted">{l('settings.noContract')}</p>
        ) : (
          <LearningTable caption={l('settings.contractCaption')} head={[l('settings.person'), l('settings.hoursPerWeek'), l('settings.setOn')]}>
            {data.contractHours.nodes.map((c) => (
              <tr key={c.id}>
                <th scope="row">{nameOf(c.personId)}</th>
                <td>{c.hoursPerWeek.toLocaleString(locale)}</td>
                <td>{formatDateTime(c.createdAt, locale)}</td>
              </tr>
            ))}
          </LearningTable>
        )}
      </Section>
    </OrgPage>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
