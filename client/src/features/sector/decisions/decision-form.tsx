import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorAlert, useErrorText } from '../../../components/ui/error-alert';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { CertificationDecision } from '../../../gql/graphql';
import { toUserError, type UserError } from '../../../lib/errors';
import { useActionId } from '../../../lib/use-action-id';
import { useSectorErrors } from '../sector-errors';

const DecideMutation = graphql(`
  mutation SectorDecideCertification($input: DecideCertificationInput!) {
    decideCertification(input: $input) {
      id
      phase
      step
      decision
      decisionReason
      waitingOn
      dueAt
      overdue
      organisation {
        id
        certificate {
          id
          number
          status
          validUntil
        }
      }
    }
  }
`);

const DECISIONS: readonly CertificationDecision[] = ['AWARD', 'DEFER', 'REFUSE'];

interface DecisionFormProps {
  cycleId: string;
  /** Called with the decision once the server recorded it. */
  onDecided(decision: CertificationDecision): void;
}

/**
 * Award, defer or refuse, with a reason. Only a committee member may decide; the server is the judge, and
 * its refusal appears here (beside the reason when that is what it is about), with the text kept.
 */
export function DecisionForm({ cycleId, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('sector');
  const localise = useSectorErrors();
  const errorText = useErrorText();
  const action = useActionId();
  const [decision, setDecision] = useState<CertificationDecision>('AWARD');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // The returned cycle updates this page through the cache; the queue and lists refresh when next shown.
  const [decide, { loading }] = useMutation(DecideMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await decide({ variables: { input: { cycleId, decision, reason, clientMutationId: action.current() } } });
      action.settle();
      // A deferred cycle stays open for a later decision, which needs its own reason.
      setReason('');
      onDecided(decision);
    } catch (caught) {
      action.settle(caught);
      const userError = localise(toUserError(caught));
      setError(userError);
      if (userError.field === 'reason') reasonRef.current?.focus();
    }
  }

  const onField = error?.field === 'reason' || error?.field === 'decision' ? error.field : null;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading || undefined} data-testid="decision-form">
      {error && !onField && <ErrorAlert error={error} />}
      <fieldset className="choice" aria-describedby={onField === 'decision' ? 'decision-choice-error' : undefined}>
        <legend>{t('decide.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="choice__option">
            <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
            <span>{t(`decision.${d}`)}</span>
          </label>
        ))}
        {onField === 'decision' && <ErrorAlert id="decision-choice-error" className="field__error" error={error!} />}
      </fieldset>
      <Field id="decision-reason" label={t('decide.reason')} hint={t('decide.reasonHint')} error={onField === 'reason' ? errorText(error!) : null}>
        <textarea ref={reasonRef} name="reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel={t('decide.busy')}>
          {t('decide.submit')}
        </Button>
      </div>
    </form>
  );
}
