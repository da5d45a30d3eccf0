import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { LearningKind } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { nextPage } from '../../../lib/next-page';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { DeleteLearningTimeMutation, MyLearningTimeQuery, RegisterLearningTimeMutation } from './learning-operations';
import { useLearningTexts } from './learning-texts';

const PAGE_SIZE = 20;
const KINDS: LearningKind[] = ['TRAINING', 'INTERVISION', 'READING', 'SHADOWING', 'TEAM_SESSION', 'OTHER'];
const todayIso = () => new Date().toLocaleDateString('sv-SE');

/** Registering one's own learning time, quick enough for a phone, and the list of one's own entries. */
export function LearningTimePage() {
  const { l, locale } = useLearningTexts();
  const { data, error, loading, refetch, fetchMore } = useQuery(MyLearningTimeQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const register = useCommand(RegisterLearningTimeMutation, { refetchQueries: ['MyLearningTime'] });
  const remove = useCommand(DeleteLearningTimeMutation, { refetchQueries: ['MyLearningTime'] });
  const [form, setForm] = useState({ date: todayIso(), hours: '', kind: 'TRAINING' as LearningKind, theme: '', goal: '' });
  const [saved, setSaved] = useState(false);
  const fieldError = (field: string) => (register.refusal?.field === field ? register.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const hours = Number(form.hours.replace(',', '.'));
    const done = await register.run({ input: { date: form.date, hours: Number.isFinite(hours) ? hours : 0, kind: form.kind, theme: form.theme, goal: form.goal } });
    if (done) {
      setForm({ ...form, hours: '', theme: '', goal: '' });
      setSaved(true);
    }
  }

  const page = data?.learningTime;
  return (
    <OrgPage title={l('time.title')} lead={l('time.lead')} testId="learning-time-page">
      <section className="card" aria-labelledby="learning-register">
        <h2 id="learning-register">{l('time.heading')}</h2>
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="register-learning-time">
          <Field id="learning-date" label={l('time.date')} error={fieldError('date')}>
            <input type="date" required value={form.date} max={todayIso()} onChange={(e) => setForm({ ...form, date: e.target.value })} />
          </Field>
          <Field id="learning-hours" label={l('time.hours')} hint={l('time.hoursHint')} error={fieldError('hours')} className="field--short">
            <input type="text" inputMode="decimal" required value={form.hours} onChange={(e) => setForm({ ...form, hours: e.target.value })} />
          </Field>
          <Field id="learning-kind" label={l('time.kind')} error={fieldError('kind')}>
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as LearningKind })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {l(`kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="learning-theme" label={l('time.theme')} error={fieldError('theme')}>
            <input type="text" value={form.theme} onChange={(e) => setForm({ ...form, theme: e.target.value })} />
          </Field>
          <Field id="learning-goal" label={l('time.goal')} error={fieldError('goal')}>
            <input type="text" value={form.goal} onChange={(e) => setForm({ ...form, goal: e.target.value })} />
          </Field>
          {register.refusal && !register.refusal.field && <Refusal refusal={register.refusal} />}
          <div className="actions">
            <Button type="submit" busy={register.pending} busyLabel={l('time.busy')}>
              {l('time.submit')}
            </Button>
          </div>
          <p role="status" className="muted">
            {saved ? l('time.saved') : ''}
          </p>
        </form>
      </section>
      <section className="card" aria-labelledby="learning-mine">
        <h2 id="learning-mine">{l('time.mine')}</h2>
        {!page ? (
          <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
        ) : page.nodes.length === 0 ? (
          <p className="muted">{l('time.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="learning-mine">
            <table className="table">
              <caption>{l('time.caption', { count: page.totalCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{l('time.date')}</th>
                  <th scope="col">{l('time.hours')}</th>
                  <th scope="col">{l('time.kind')}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((entry) => (
                  <tr key={entry.id} data-testid="learning-entry-row">
                    <th scope="row">{formatDate(entry.date, locale)}</th>
                    <td>{entry.hours.toLocaleString(locale)}</td>
                    <td>
                      {l(`kind.${entry.kind}`)}
                      {entry.theme ? ` · ${entry.theme}` : ''}
                    </td>
                    <td>
                      <Button variant="secondary" onClick={() => void remove.run({ input: { entryId: entry.id } })} aria-label={l('time.deleteLabel', { date: formatDate(entry.date, locale) })}>
                        {l('time.delete')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {remove.refusal && <Refusal refusal={remove.refusal} />}
        {data && <LoadMore onLoad={nextPage(data, fetchMore, 'learningTime')} busy={loading} label={l('time.loadMore')} className="actions" />}
      </section>
    </OrgPage>
  );
}
