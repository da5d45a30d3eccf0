import { useState } from 'react';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { Button } from '../../../components/ui/button';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { unscoredNormCodes } from '../../../lib/errors';
import { useCommand } from '../../../lib/use-command';
import { useTranslation } from 'react-i18next';
import { NormLink } from './norm-link';

const SubmitSelfEvaluationMutation = graphql(`
  mutation SubmitSelfEvaluation($input: CycleCommandInput!) {
    submitSelfEvaluation(input: $input) {
      id
      phase
      phaseChangedAt
      selfEvaluationLockedAt
      ...CycleViewerCan
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
  /** The norms of the form, in its order: a refusal naming unscored norms links to them. */
  norms: readonly { id: string; code: string; title: string }[];
}

export function SubmitSelfEvaluation({ cycleId, saveAll, scored, norms }: SubmitSelfEvaluationProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  // The returned cycle updates phase and lock in the cache; the form turns read-only by itself.
  // Submitting fixes the evidence linked to the norms: read the links again to show them as fixed.
  const submit = useCommand(SubmitSelfEvaluationMutation, { refetchQueries: ['CycleEvidence'] });
  const { pending: loading, refusal: error } = submit;
  const check = useConfirmStep();

  async function onSubmit() {
    submit.reset();
    setSaving(true);
    // Submitting locks the answers, so text still waiting for its autosave must go first; the check
    // then shows what is about to be fixed.
    const saved = await saveAll();
    setSaving(false);
    if (!saved) {
      submit.setRefusal({ code: 'UNSAVED', message: t('selfEvaluation.unsavedBeforeSubmit'), details: {} });
      return;
    }
    check.ask(() => submit.run({ input: { cycleId } }));
  }

  // A refusal that named unscored norms lists those still without a score, each a link to the norm; it is
  // out of date once every one of them has a score.
  const named = new Set(error?.code === 'INCOMPLETE' ? unscoredNormCodes(error) : []);
  const missing = [...named].filter((code) => !scored.has(code)).map((code) => ({ code, norm: norms.find((n) => n.code === code) }));
  return (
    <section className="card submit" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('selfEvaluation.submitTitle')}</h2>
      <p className="muted">{t('selfEvaluation.submitHint')}</p>
      <ConfirmStep
        step={check}
        effect={t('confirmStep.command.submitSelfEvaluation.effect')}
        told={t('confirmStep.command.submitSelfEvaluation.told')}
        busy={loading}
        busyLabel={t('selfEvaluation.busy')}
      >
        <div className="actions">
          <Button onClick={onSubmit} busy={saving || loading} busyLabel={t('selfEvaluation.busy')}>
            {t('selfEvaluation.submit')}
          </Button>
        </div>
      </ConfirmStep>
      {named.size > 0 ? (
        missing.length > 0 && (
          <div role="alert" className="alert alert--error" data-testid="still-to-score">
            <p>{t('selfEvaluation.stillToScore')}</p>
            <ul className="still-to-score">
              {missing.map(({ code, norm }) => (
                <li key={code}>{norm ? <NormLink normId={norm.id}>{`${code} ${norm.title}`}</NormLink> : code}</li>
              ))}
            </ul>
          </div>
        )
      ) : (
        error && <Refusal refusal={error} />
      )}
    </section>
  );
}
