import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { useRefusalText } from '../../../components/ui/refusal';
import type { LearningGoalFieldsFragment, LearningGoalStatus } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { GoalCompetenciesQuery, SaveLearningGoalMutation } from './learning-operations';
import { useLearningTexts } from './learning-texts';

export const GOAL_STATUSES: LearningGoalStatus[] = ['PLANNED', 'ACTIVE', 'ACHIEVED', 'PAUSED'];
const todayIso = () => new Date().toLocaleDateString('sv-SE');

interface GoalForm {
  title: string;
  description: string;
  status: LearningGoalStatus;
  sharedWithTeamLead: boolean;
  competencyIds: string[];
  steps: { text: string; done: boolean }[];
  reflections: { date: string; text: string }[];
}

const formOf = (goal: LearningGoalFieldsFragment | null): GoalForm => ({
  title: goal?.title ?? '',
  description: goal?.description ?? '',
  status: goal?.status ?? 'PLANNED',
  sharedWithTeamLead: goal?.sharedWithTeamLead ?? false,
  competencyIds: goal?.competencies.map((c) => c.id) ?? [],
  steps: goal?.steps.map(({ text, done }) => ({ text, done })) ?? [],
  reflections: goal?.reflections.map(({ date, text }) => ({ date, text })) ?? [],
});

/** Creating or changing one of one's own learning goals; the whole goal is saved at once. */
export function LearningGoalForm({ goal, onDone }: { goal: LearningGoalFieldsFragment | null; onDone(saved: boolean): void }) {
  const { l } = useLearningTexts();
  const errorText = useRefusalText();
  const [form, setForm] = useState<GoalForm>(() => formOf(goal));
  const save = useCommand(SaveLearningGoalMutation, { refetchQueries: ['LearningGoals'] });
  // The newest published framework version offers its competencies; links to an older one are kept as they are.
  const { data } = useQuery(GoalCompetenciesQuery, { fetchPolicy: 'cache-first' });
  const framework = data?.frameworkVersions.find((v) => v.competencies.length > 0);
  const fields: Record<string, string> = {
    title: 'goal-title',
    description: 'goal-description',
    status: 'goal-status',
    competencyIds: 'goal-competencies',
    ...Object.fromEntries(form.steps.map((_, i) => [`steps.${i}.text`, `goal-step-${i}`])),
    ...Object.fromEntries(form.reflections.flatMap((_, i) => [[`reflections.${i}.date`, `goal-reflection-date-${i}`], [`reflections.${i}.text`, `goal-reflection-${i}`]])),
  };
  // The one check worth making before sending: a goal needs a title (the server says the same, in English).
  const [titleCheck, setTitleCheck] = useState<string | null>(null);
  const errors = useFormErrors({ checks: { title: titleCheck }, refusal: save.refusal, prefix: 'goal', fields, text: errorText });
  const set = (patch: Partial<GoalForm>) => setForm({ ...form, ...patch });
  const setItem = <K extends 'steps' | 'reflections'>(key: K, index: number, patch: Partial<GoalForm[K][number]>) =>
    set({ [key]: form[key].map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  const without = <K extends 'steps' | 'reflections'>(key: K, index: number) => set({ [key]: form[key].filter((_, i) => i !== index) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const blank = form.title.trim() === '';
    setTitleCheck(blank ? l('goals.titleRequired') : null);
    if (blank) return;
    const done = await save.run({ input: { goalId: goal?.id, ...form } });
    if (done) onDone(true);
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="learning-goal-form" aria-labelledby="goal-form-title">
      <h2 id="goal-form-title">{goal ? l('goals.formEdit') : l('goals.formNew')}</h2>
      {errors.summary}
      <Field id="goal-title" label={l('goals.goalTitle')} {...errors.field('title')}>
        <input type="text" required value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <Field id="goal-description" label={l('goals.description')} {...errors.field('description')}>
        <textarea rows={3} value={form.description} onChange={(e) => set({ description: e.target.value })} />
      </Field>
      <Field id="goal-status" label={l('goals.status')} {...errors.field('status')} className="field--short">
        <select value={form.status} onChange={(e) => set({ status: e.target.value as LearningGoalStatus })}>
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {l(`status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {framework && (
        <fieldset className="choice" id="goal-competencies" tabIndex={-1} {...errors.describes('competencyIds')}>
          <legend>{l('goals.competencies')}</legend>
          <p className="field__hint">{l('goals.competenciesHint', { framework: framework.name })}</p>
          {framework.competencies.map((c) => (
            <label key={c.id} className="choice__option">
              <input
                type="checkbox"
                checked={form.competencyIds.includes(c.id)}
                onChange={(e) => set({ competencyIds: e.target.checked ? [...form.competencyIds, c.id] : form.competencyIds.filter((id) => id !== c.id) })}
              />
              <span>
                {c.code} {c.title}
              </span>
            </label>
          ))}
          {errors.at('competencyIds')}
        </fieldset>
      )}
      <fieldset className="stack">
        <legend>{l('goals.steps')}</legend>
        {form.steps.map((step, i) => (
          <div key={i} className="learning-goal__item">
            <label className="choice__option">
              <input type="checkbox" checked={step.done} onChange={(e) => setItem('steps', i, { done: e.target.checked })} />
              <span className="visually-hidden">{l('goals.stepDone', { n: i + 1 })}</span>
            </label>
            <Field id={`goal-step-${i}`} label={l('goals.step', { n: i + 1 })} {...errors.field(`steps.${i}.text`)}>
              <input type="text" value={step.text} onChange={(e) => setItem('steps', i, { text: e.target.value })} />
            </Field>
            <Button variant="secondary" onClick={() => without('steps', i)}>
              {l('goals.removeStep', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div className="actions">
          <Button variant="secondary" onClick={() => set({ steps: [...form.steps, { text: '', done: false }] })}>
            {l('goals.addStep')}
          </Button>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>{l('goals.reflections')}</legend>
        {form.reflections.map((reflection, i) => (
          <div key={i} className="learning-goal__item">
            <Field id={`goal-reflection-date-${i}`} label={l('goals.reflectionDate', { n: i + 1 })} {...errors.field(`reflections.${i}.date`)} className="field--short">
              <input type="date" max={todayIso()} value={reflection.date} onChange={(e) => setItem('reflections', i, { date: e.target.value })} />
            </Field>
            <Field id={`goal-reflection-${i}`} label={l('goals.reflectionText', { n: i + 1 })} {...errors.field(`reflections.${i}.text`)}>
              <textarea rows={2} value={reflection.text} onChange={(e) => setItem('reflections', i, { text: e.target.value })} />
            </Field>
            <Button variant="secondary" onClick={() => without('reflections', i)}>
              {l('goals.removeReflection', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div className="actions">
          <Button variant="secondary" onClick={() => set({ reflections: [...form.reflections, { date: todayIso(), text: '' }] })}>
            {l('goals.addReflection')}
          </Button>
        </div>
      </fieldset>
      <div className="field">
        <label className="choice__option">
          <input type="checkbox" id="goal-share" aria-describedby="goal-share-hint" checked={form.sharedWithTeamLead} onChange={(e) => set({ sharedWithTeamLead: e.target.checked })} />
          <span>{l('goals.share')}</span>
        </label>
        <p id="goal-share-hint" className="field__hint">
          {l('goals.shareHint')}
        </p>
      </div>
      <div className="actions">
        <Button type="submit" busy={save.pending} busyLabel={l('goals.busy')}>
          {l('goals.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {l('goals.cancel')}
        </Button>
      </div>
    </form>
  );
}
