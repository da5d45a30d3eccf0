import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorAlert } from '../../components/ui/error-alert';
import { graphql } from '../../gql';
import { toUserError, unscoredNormCodes, type UserError } from '../../lib/errors';
import { useTranslation } from 'react-i18next';
import { useActionId } from '../../lib/use-action-id';

const SubmitSelfEvaluationMutation = graphql(`
  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {
    submitSelfEvaluation(input: $input) {
      id
      phase
      phaseChangedAt
      selfEvaluationLockedAt
      progress {
        done
        total
        percent
      }
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

interface SubmitSelfEvaluationProps {
  cycleId: string;
  /** Saves every pending answer; false when one could not be saved. */
  saveAll(): Promise<boolean>;
  /** Codes of the norms scored now, as the form shows them. */
  scored: ReadonlySet<string>;
}

export function SubmitSelfEvaluation({ cycleId, saveAll, scored }: SubmitSelfEvaluationProps) {
  const { t } = useTranslation();
  const action = useActionId();
  const [error, setError] = useState<UserError | null>(null);
  const [saving, setSaving] = useState(false);
  // The returned cycle updates phase and lock in the cache; the form turns read-only by itself.
  // Submitting fixes the evidence linked to the norms: read the links again to show them as fixed.
  const [submit, { loading }] = useMutation(SubmitSelfEvaluationMutation, { refetchQueries: ['CycleEvidence'] });

  async function onSubmit() {
    setError(null);
    setSaving(true);
    // Submitting locks the answers, so text still waiting for its autosave must go first.
    const saved = await saveAll();
    setSaving(false);
    if (!saved) {
      setError({ code: 'UNSAVED', message: t('selfEvaluation.unsavedBeforeSubmit'), details: {} });
      return;
    }
    try {
      await submit({ variables: { input: { cycleId, clientMutationId: action.current() } } });
      action.settle();
    } catch (caught) {
      action.settle(caught);
      setError(toUserError(caught));
    }
  }

  // A refusal that named unscored norms is out of date once every one of them has a score.
  const named = error?.code === 'INCOMPLETE' ? unscoredNormCodes(error) : [];
  const outdated = named.length > 0 && named.every((code) => scored.has(code));
  return (
    <section className="card submit" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('selfEvaluation.submitTitle')}</h2>
      <p className="muted">{t('selfEvaluation.submitHint')}</p>
      <div className="actions">
        <Button onClick={onSubmit} busy={saving || loading} busyLabel={t('selfEvaluation.busy')}>
          {t('selfEvaluation.submit')}
        </Button>
      </div>
      {error && !outdated && <ErrorAlert error={error} />}
    </section>
  );
}
