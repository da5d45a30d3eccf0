import { useMemo, useState } from 'react';
import { ProgressMeter } from '../../../components/ui/progress-meter';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { MyRespondentTasksQuery } from '../../../gql/graphql';
import { unscoredNormCodes, type UserError } from '../../../lib/errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useFlushRegistry } from '../../../lib/use-flush-registry';
import { RespondentAnswerFieldset } from './respondent-answer-fieldset';
import { useRespondentTexts } from './respondents-texts';
import { useNormSpreads } from './use-norm-spreads';

type Task = MyRespondentTasksQuery['myRespondentTasks'][number];

const SubmitRespondentAnswersMutation = graphql(`
  mutation SubmitRespondentAnswers($input: SubmitRespondentAnswersInput!) {
    submitRespondentAnswers(input: $input) {
      ...RespondentInvitationFields
    }
  }
`);

/** The norms a refusal of submitting names, by code or ID, whichever the server gave. */
function namedNorms(error: UserError | null, norms: Task['norms']): ReadonlySet<string> {
  if (!error) return new Set();
  const codes = new Set(unscoredNormCodes(error));
  const ids = new Set<string>();
  for (const key of ['normId', 'normIds', 'unscoredNormIds']) {
    const value = error.details[key];
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') ids.add(id);
  }
  return new Set(norms.filter((n) => codes.has(n.code) || ids.has(n.id)).map((n) => n.id));
}

/** One questionnaire: its organisation, layer, due date and status, the norms in scope, submitting, and afterwards the spread. */
export function RespondentTaskSection({ task }: { task: Task }) {
  const { r, locale } = useRespondentTexts();
  const { invitation } = task;
  const submitted = Boolean(invitation.submittedAt);
  // The spread (counts only) is the respondent's once they have submitted; the server refuses it before.
  const { spread, byNorm } = useNormSpreads(task.cycleId, !submitted);
  const answers = useMemo(() => new Map(task.answers.map((a) => [a.normId, a])), [task.answers]);
  const scored = task.norms.filter((n) => answers.get(n.id)?.score).length;

  const { registerFlush, flushAll } = useFlushRegistry();
  const submit = useCommand(SubmitRespondentAnswersMutation, { refetchQueries: ['MyRespondentTasks'] });
  const [saving, setSaving] = useState(false);
  const refused = namedNorms(submit.refusal, task.norms);
  // A refusal that named unscored norms is out of date once every one of them has a score.
  const outdated = refused.size > 0 && [...refused].every((id) => answers.get(id)?.score);

  async function onSubmit() {
    submit.reset();
    setSaving(true);
    // Submitting fixes the answers, so text still waiting for its autosave goes first.
    const saved = await flushAll();
    setSaving(false);
    if (!saved) {
      submit.setRefusal({ code: 'UNSAVED', message: r('task.unsaved'), details: {} });
      return;
    }
    await submit.run({ input: { invitationId: invitation.id } });
  }

  const headingId = `task-${invitation.id}`;
  let status = r('task.status.open');
  if (submitted) status = r('task.status.submitted', { date: formatDateTime(invitation.submittedAt!, locale) });
  else if (!task.open) status = r('task.status.closed');
  return (
    <section className="card" aria-labelledby={headingId} data-testid={`task-${invitation.id}`}>
      <h2 id={headingId}>{r('task.heading', { organisation: task.organisationName, layer: r(`layer.${invitation.layer}`) })}</h2>
      <dl className="task__meta">
        <div>
          <dt>{r('task.statusLabel')}</dt>
          <dd data-testid="task-status">{status}</dd>
        </div>
        <div>
          <dt>{r('list.dueDate')}</dt>
          <dd>{formatDate(invitation.dueDate, locale)}</dd>
        </div>
      </dl>
      <ProgressMeter
        testId="task-progress"
        value={scored}
        max={task.norms.length}
        label={r('task.progressLabel')}
        text={r('task.progress', { done: scored, total: task.norms.length })}
      />
      {spread && (
        <p className="banner" data-testid="spread-summary">
          {r('spread.summary', { submitted: spread.submittedCount, invited: spread.invitedCount })}
        </p>
      )}
      {task.norms.map((norm) => (
        <RespondentAnswerFieldset
          key={norm.id}
          invitationId={invitation.id}
          norm={norm}
          answer={answers.get(norm.id)}
          readOnly={!task.open || submitted}
          registerFlush={registerFlush}
          refused={refused.has(norm.id)}
          spread={byNorm.get(norm.id)}
        />
      ))}
      {task.open && !submitted && (
        <section className="submit" aria-labelledby={`${headingId}-submit`}>
          <h3 id={`${headingId}-submit`}>{r('task.submitTitle')}</h3>
          <p className="muted">{r('task.submitHint')}</p>
          <div className="actions">
            <Button onClick={() => void onSubmit()} busy={saving || submit.pending} busyLabel={r('task.busy')}>
              {r('task.submit')}
            </Button>
          </div>
          {submit.refusal && !outdated && <Refusal refusal={submit.refusal} />}
        </section>
      )}
    </section>
  );
}
