import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { LoadMore } from '../../../components/ui/load-more';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import { nextPage } from '../../../lib/next-page';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { useOrgUser } from '../org-user';
import { LearningThemesQuery, ProposeLearningThemeMutation, ShowInterestMutation } from './learning-operations';
import { LearningSessions, PlanSessionForm, SESSION_PLANNERS } from './learning-sessions';
import { useLearningTexts } from './learning-texts';
import './learning.css';

const PAGE_SIZE = 20;

/**
 * The organisation's learning agenda: proposing a theme, and showing or withdrawing interest in one. The
 * learning coordinator plans sessions from it here and records attendance afterwards; anyone else sees the
 * sessions they take part in.
 */
export function LearningAgendaPage() {
  const { l } = useLearningTexts();
  const { data, error, loading, refetch, fetchMore } = useQuery(LearningThemesQuery, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const propose = useCommand(ProposeLearningThemeMutation, { refetchQueries: ['LearningThemes'] });
  // The agenda's order follows interest, so the list is read again after a change.
  const interest = useCommand(ShowInterestMutation, { refetchQueries: ['LearningThemes'] });
  const [form, setForm] = useState({ title: '', description: '' });
  const [titleCheck, setTitleCheck] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const planner = SESSION_PLANNERS.includes(useOrgUser().role);
  // The theme a session is being planned for; 'none' for a session without a theme.
  const [planning, setPlanning] = useState<{ id: string; title: string } | 'none' | null>(null);
  const [planned, setPlanned] = useState(false);
  const startPlanning = (what: { id: string; title: string } | 'none') => {
    setPlanned(false);
    setPlanning(what);
  };
  const fieldError = (field: string) => (field === 'title' && titleCheck) || (propose.refusal?.field === field ? propose.refusal.message : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const blank = form.title.trim() === '';
    setTitleCheck(blank ? l('agenda.titleRequired') : null);
    if (blank) return;
    if (await propose.run({ input: form })) {
      setForm({ title: '', description: '' });
      setSaved(true);
    }
  }

  const page = data?.learningThemes;
  return (
    <OrgPage title={l('agenda.title')} lead={l('agenda.lead')} testId="learning-agenda-page">
      {planning && (
        <section className="card">
          <PlanSessionForm
            key={planning === 'none' ? 'none' : planning.id}
            theme={planning === 'none' ? null : planning}
            onDone={(done) => {
              setPlanning(null);
              setPlanned(done);
            }}
          />
        </section>
      )}
      <p role="status" className="muted">
        {planned ? l('sessions.planned') : ''}
      </p>
      <section className="card" aria-labelledby="agenda-propose">
        <h2 id="agenda-propose">{l('agenda.propose')}</h2>
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="propose-learning-theme">
          <Field id="theme-title" label={l('agenda.themeTitle')} error={fieldError('title')}>
            <input type="text" required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
          </Field>
          <Field id="theme-description" label={l('agenda.description')} error={fieldError('description')}>
            <textarea rows={3} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
          </Field>
          {propose.refusal && !propose.refusal.field && <Refusal refusal={propose.refusal} />}
          <div className="actions">
            <Button type="submit" busy={propose.pending} busyLabel={l('agenda.busy')}>
              {l('agenda.submit')}
            </Button>
          </div>
          <p role="status" className="muted">
            {saved ? l('agenda.proposed') : ''}
          </p>
        </form>
      </section>
      <section className="card stack" aria-labelledby="agenda-themes">
        <h2 id="agenda-themes">{l('agenda.themes')}</h2>
        {!page ? (
          <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
        ) : page.nodes.length === 0 ? (
          <p className="muted">{l('agenda.none')}</p>
        ) : (
          <ul className="learning-goals">
            {page.nodes.map((theme) => (
              <li key={theme.id} className="learning-goal stack" data-testid="learning-theme">
                <h3>{theme.title}</h3>
                <p className="muted">
                  {l('agenda.interest', { count: theme.interestCount })}
                  {' · '}
                  {theme.mine ? l('agenda.byYou') : theme.proposedBy ? l('agenda.proposedBy', { name: theme.proposedBy.name }) : l('agenda.proposedByNobody')}
                  {theme.status === 'PLANNED' && ` · ${l('agenda.planned')}`}
                </p>
                {theme.description && <p>{theme.description}</p>}
                <div className="actions">
                  <Button
                    variant={theme.viewerInterested ? 'secondary' : undefined}
                    aria-pressed={theme.viewerInterested}
                    aria-label={l(theme.viewerInterested ? 'agenda.withdrawLabel' : 'agenda.showLabel', { title: theme.title })}
                    onClick={() => void interest.run({ input: { themeId: theme.id, interested: !theme.viewerInterested } })}
                  >
                    {theme.viewerInterested ? l('agenda.withdraw') : l('agenda.show')}
                  </Button>
                  {planner && (
                    <Button variant="secondary" aria-label={l('agenda.planLabel', { title: theme.title })} onClick={() => startPlanning({ id: theme.id, title: theme.title })}>
                      {l('agenda.plan')}
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {interest.refusal && <Refusal refusal={interest.refusal} />}
        {data && <LoadMore onLoad={nextPage(data, fetchMore, 'learningThemes')} busy={loading} label={l('agenda.loadMore')} className="actions" />}
      </section>
      <LearningSessions onPlan={planner ? () => startPlanning('none') : null} />
    </OrgPage>
  );
}
