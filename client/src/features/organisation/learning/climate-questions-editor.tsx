import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal, useRefusalText } from '../../../components/ui/refusal';
import type { LearningCondition } from '../../../gql/graphql';
import { refusalPath } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { ClimateScanQuestionsQuery, SaveClimateScanQuestionsMutation } from './climate-scan-operations';
import { useClimateTexts } from './climate-scan-texts';

const CONDITIONS: LearningCondition[] = ['POSITIVE_ENVIRONMENT', 'ROOM_AND_SUPPORT', 'SHARED_VISION'];

interface Draft {
  /** Only for React's list: the server keys statements within a saved set itself. */
  key: string;
  condition: LearningCondition;
  textNl: string;
  textEn: string;
}

/**
 * Kept in the order of the conditions, so a statement's place in this list is its index in the saved list and
 * a refusal naming `questions.<index>` lands beside the statement it is about.
 */
const byCondition = (drafts: Draft[]) => CONDITIONS.flatMap((condition) => drafts.filter((d) => d.condition === condition));

/**
 * The coordinator's editor of the scan's statements. Saving stores a new version; rounds keep the version they
 * were opened with, so changing or retiring a statement here never changes what an answered round asked.
 */
export function ClimateQuestionsEditor() {
  const { c, locale } = useClimateTexts();
  const errorText = useRefusalText();
  const query = useQuery(ClimateScanQuestionsQuery, { fetchPolicy: 'cache-and-network' });
  const save = useCommand(SaveClimateScanQuestionsMutation, { refetchQueries: ['ClimateScanQuestions'] });
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [said, setSaid] = useState('');
  const nextKey = useRef(0);
  const set = query.data?.climateScanQuestions;

  useEffect(() => {
    if (set && drafts === null) setDrafts(byCondition(set.questions.map((q) => ({ key: `saved-${q.id}`, condition: q.condition, textNl: q.textNl, textEn: q.textEn }))));
  }, [set, drafts]);

  if (!set || !drafts) {
    return (
      <section className="card stack" aria-labelledby="climate-questions">
        <h2 id="climate-questions">{c('questions.title')}</h2>
        <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />
      </section>
    );
  }

  const change = (next: Draft[]) => {
    setSaid('');
    setDrafts(byCondition(next));
  };
  const edit = (key: string, patch: Partial<Draft>) => change(drafts.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  /** Swaps a statement with its neighbour of the same condition: the order is within a condition. */
  const move = (key: string, by: -1 | 1) => {
    const index = drafts.findIndex((d) => d.key === key);
    const other = index + by;
    if (other < 0 || other >= drafts.length || drafts[other].condition !== drafts[index].condition) return;
    const next = [...drafts];
    [next[index], next[other]] = [next[other], next[index]];
    change(next);
  };
  const add = (condition: LearningCondition) => change([...drafts, { key: `new-${nextKey.current++}`, condition, textNl: '', textEn: '' }]);
  const path = refusalPath(save.refusal);
  const fieldError = (field: string) => (save.refusal && path === field ? errorText(save.refusal) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    const saved = await save.run({ input: { questions: drafts!.map(({ condition, textNl, textEn }) => ({ condition, textNl, textEn })) } });
    if (saved) setSaid(c('questions.saved', { version: saved.saveClimateScanQuestions.version }));
  }

  const listRefusal = save.refusal && !/^questions\.\d+\./.test(path ?? '');
  return (
    <section className="card stack" aria-labelledby="climate-questions" data-testid="climate-questions">
      <h2 id="climate-questions">{c('questions.title')}</h2>
      <p>{c('questions.lead')}</p>
      <p className="muted">{set.illustrative ? c('questions.illustrative') : c('questions.version', { version: set.version, date: formatDateTime(set.createdAt, locale) })}</p>
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        {CONDITIONS.map((condition) => {
          const conditionName = c(`condition.${condition}`);
          const mine = drafts.filter((d) => d.condition === condition);
          return (
            <fieldset key={condition} className="stack climate-questions__condition">
              <legend>{conditionName}</legend>
              {mine.length === 0 && <p className="muted">{c('questions.none')}</p>}
              <ol className="stack climate-questions__list">
                {mine.map((draft, i) => {
                  const index = drafts.indexOf(draft);
                  const n = i + 1;
                  return (
                    <li key={draft.key} className="stack climate-questions__item">
                      <Field id={`question-${draft.key}-nl`} label={c('questions.textNl', { n })} error={fieldError(`questions.${index}.textNl`)}>
                        <textarea rows={2} value={draft.textNl} onChange={(e) => edit(draft.key, { textNl: e.target.value })} />
                      </Field>
                      <Field id={`question-${draft.key}-en`} label={c('questions.textEn', { n })} error={fieldError(`questions.${index}.textEn`)}>
                        <textarea rows={2} value={draft.textEn} onChange={(e) => edit(draft.key, { textEn: e.target.value })} />
                      </Field>
                      <div className="actions">
                        <Button type="button" variant="secondary" disabled={i === 0} aria-label={c('questions.upLabel', { n, condition: conditionName })} onClick={() => move(draft.key, -1)}>
                          {c('questions.up')}
                        </Button>
                        <Button
                          type="button"
                          variant="secondary"
                          disabled={i === mine.length - 1}
                          aria-label={c('questions.downLabel', { n, condition: conditionName })}
                          onClick={() => move(draft.key, 1)}
                        >
                          {c('questions.down')}
                        </Button>
                        <Button type="button" variant="secondary" aria-label={c('questions.retireLabel', { n, condition: conditionName })} onClick={() => change(drafts.filter((d) => d.key !== draft.key))}>
                          {c('questions.retire')}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <div className="actions">
                <Button type="button" variant="secondary" aria-label={c('questions.addLabel', { condition: conditionName })} onClick={() => add(condition)}>
                  {c('questions.add')}
                </Button>
              </div>
            </fieldset>
          );
        })}
        {listRefusal && <Refusal refusal={save.refusal!} />}
        <p role="status" className="muted">
          {said}
        </p>
        <div className="actions">
          <Button type="submit" busy={save.pending} busyLabel={c('questions.busy')}>
            {c('questions.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
