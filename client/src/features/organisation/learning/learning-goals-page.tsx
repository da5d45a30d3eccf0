import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import type { LearningGoalFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { OrgPage } from '../org-page';
import { LearningGoalForm } from './learning-goal-form';
import { MyLearningData } from './my-learning-data';
import { DeleteLearningGoalMutation, LearningGoalsQuery } from './learning-operations';
import { useLearningTexts } from './learning-texts';
import './learning.css';

/** A professional's own learning goals, the goals their team shares with a team lead, and their own learning data. */
export function LearningGoalsPage() {
  const { l } = useLearningTexts();
  const { data, error, loading, refetch } = useQuery(LearningGoalsQuery, { fetchPolicy: 'cache-and-network' });
  const remove = useCommand(DeleteLearningGoalMutation, { refetchQueries: ['LearningGoals'] });
  // null: no form open; 'new' or the goal being changed.
  const [editing, setEditing] = useState<LearningGoalFieldsFragment | 'new' | null>(null);
  const [said, setSaid] = useState('');
  const goals = data?.learningGoals;
  const mine = goals?.filter((g) => g.mine) ?? [];
  const shared = goals?.filter((g) => !g.mine) ?? [];

  async function deleteGoal(goal: LearningGoalFieldsFragment) {
    setSaid('');
    if (await remove.run({ input: { goalId: goal.id } })) setSaid(l('goals.deleted'));
  }

  return (
    <OrgPage title={l('goals.title')} lead={l('goals.lead')} testId="learning-goals-page">
      {editing ? (
        <section className="card">
          <LearningGoalForm
            goal={editing === 'new' ? null : editing}
            onDone={(saved) => {
              setEditing(null);
              setSaid(saved ? l('goals.saved') : '');
            }}
          />
        </section>
      ) : (
        <section className="card stack" aria-labelledby="goals-mine">
          <h2 id="goals-mine">{l('goals.mine')}</h2>
          <div className="actions">
            <Button
              onClick={() => {
                setSaid('');
                setEditing('new');
              }}
            >
              {l('goals.new')}
            </Button>
          </div>
          {!goals ? (
            <PendingQuery error={error} loading={loading} onRetry={() => void refetch()} />
          ) : mine.length === 0 ? (
            <p className="muted">{l('goals.none')}</p>
          ) : (
            <ul className="learning-goals">
              {mine.map((goal) => (
                <GoalCard key={goal.id} goal={goal}>
                  <div className="actions">
                    <Button variant="secondary" onClick={() => setEditing(goal)} aria-label={l('goals.editLabel', { title: goal.title })}>
                      {l('goals.edit')}
                    </Button>
                    <Button variant="secondary" onClick={() => void deleteGoal(goal)} aria-label={l('goals.deleteLabel', { title: goal.title })}>
                      {l('goals.delete')}
                    </Button>
                  </div>
                </GoalCard>
              ))}
            </ul>
          )}
          {remove.refusal && <Refusal refusal={remove.refusal} />}
        </section>
      )}
      <p role="status" className="muted">
        {said}
      </p>
      {shared.length > 0 && (
        <section className="card stack" aria-labelledby="goals-shared">
          <h2 id="goals-shared">{l('goals.shared')}</h2>
          <ul className="learning-goals">
            {shared.map((goal) => (
              <GoalCard key={goal.id} goal={goal} />
            ))}
          </ul>
        </section>
      )}
      <MyLearningData />
    </OrgPage>
  );
}

function GoalCard({ goal, children }: { goal: LearningGoalFieldsFragment; children?: ReactNode }) {
  const { l, locale } = useLearningTexts();
  const done = goal.steps.filter((s) => s.done).length;
  return (
    <li className="learning-goal stack" data-testid="learning-goal">
      <h3>{goal.title}</h3>
      <p className="muted">
        {l(`status.${goal.status}`)}
        {' · '}
        {goal.mine ? (goal.sharedWithTeamLead ? l('goals.sharedBadge') : l('goals.privateBadge')) : l('goals.sharedBy', { name: goal.owner.name })}
        {goal.steps.length > 0 && ` · ${l('goals.stepsDone', { done, count: goal.steps.length })}`}
      </p>
      {goal.description && <p>{goal.description}</p>}
      {goal.competencies.length > 0 && <p className="muted">{goal.competencies.map((c) => `${c.code} ${c.title}`).join(' · ')}</p>}
      {goal.steps.length > 0 && (
        <ul>
          {goal.steps.map((s, i) => (
            <li key={i}>
              {s.done ? '✓ ' : ''}
              {s.text}
            </li>
          ))}
        </ul>
      )}
      {goal.reflections.length > 0 && (
        <dl className="facts">
          {goal.reflections.map((r, i) => (
            <div key={i}>
              <dt>{formatDate(r.date, locale)}</dt>
              <dd>{r.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </li>
  );
}
