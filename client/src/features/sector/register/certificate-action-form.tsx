import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorAlert, useErrorText } from '../../../components/ui/error-alert';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import { toUserError, type UserError } from '../../../lib/errors';
import { useActionId } from '../../../lib/use-action-id';
import { useSectorErrors } from '../sector-errors';

const SuspendMutation = graphql(`
  mutation SectorSuspendCertificate($input: CertificateActionInput!) {
    suspendCertificate(input: $input) {
      id
      phase
      step
    }
  }
`);

const ReinstateMutation = graphql(`
  mutation SectorReinstateCertificate($input: CertificateActionInput!) {
    reinstateCertificate(input: $input) {
      id
      phase
      step
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {
    withdrawCertificate(input: $input) {
      id
      phase
      step
    }
  }
`);

export type CertificateAction = 'suspend' | 'reinstate' | 'withdraw';

export interface ActionTarget {
  organisationName: string;
  certificateNumber: string;
  /** The certified cycle; the register gives it to the sector body only. */
  cycleId: string | null | undefined;
}

interface CertificateActionFormProps {
  kind: CertificateAction;
  entry: ActionTarget;
  onDone(): void;
  onCancel(): void;
}

/**
 * Suspending one certificate, lifting its suspension or withdrawing it, with the reason the organisation
 * will read. Withdrawing is final, so it asks once more before it is sent.
 */
export function CertificateActionForm({ kind, entry, onDone, onCancel }: CertificateActionFormProps) {
  const { t } = useTranslation('sector');
  const localise = useSectorErrors();
  const errorText = useErrorText();
  const action = useActionId();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [suspend] = useMutation(SuspendMutation);
  const [reinstate] = useMutation(ReinstateMutation);
  const [withdraw] = useMutation(WithdrawMutation);
  const mutate = { suspend, reinstate, withdraw }[kind];

  // The panel opens below the list: take the keyboard there, and to the question when it is asked.
  useEffect(() => {
    headingRef.current?.focus();
  }, [kind, entry.certificateNumber]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const cycleId = entry.cycleId;
      if (!cycleId) {
        setError({ code: 'SECTOR_TEXT', message: t('errors.cycleNotFound'), details: {} });
        return;
      }
      const input = { cycleId, reason, clientMutationId: action.current() };
      await mutate({ variables: { input } });
      action.settle();
      onDone();
    } catch (caught) {
      action.settle(caught);
      const userError = localise(toUserError(caught));
      setError(userError);
      setConfirming(false);
      if (userError.field === 'reason') reasonRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (kind === 'withdraw' && !confirming) {
      // An incomplete form is not worth a confirmation; say what is missing first.
      if (!reason.trim()) {
        setError({ code: 'BAD_USER_INPUT', message: t('errors.reasonRequired'), field: 'reason', details: {} });
        reasonRef.current?.focus();
        return;
      }
      setError(null);
      setConfirming(true);
      return;
    }
    void send();
  }

  const onReason = error?.field === 'reason';
  const names = { number: entry.certificateNumber, name: entry.organisationName };
  return (
    <section className="card sector-action" aria-labelledby="certificate-action-title" data-testid={`${kind}-form`}>
      <h2 id="certificate-action-title" ref={headingRef} tabIndex={-1}>
        {t(`registerAdmin.${kind}Title`, names)}
      </h2>
      <p className="muted">{t(`registerAdmin.${kind}Intro`)}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy || undefined}>
        {error && !onReason && <ErrorAlert error={error} />}
        <Field id="certificate-reason" label={t('registerAdmin.reason')} hint={t('registerAdmin.reasonHint')} error={onReason ? errorText(error!) : null}>
          <textarea ref={reasonRef} name="reason" rows={3} value={reason} readOnly={confirming} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {confirming ? (
          <div className="sector-confirm" data-testid="withdraw-confirm">
            <p ref={confirmRef} tabIndex={-1}>
              {t('registerAdmin.confirmQuestion', names)}
            </p>
            <div className="actions">
              <Button type="submit" busy={busy} busyLabel={t('registerAdmin.busy')}>
                {t('registerAdmin.confirmWithdraw')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('registerAdmin.confirmBack')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel={t('registerAdmin.busy')}>
              {t(`registerAdmin.${kind}Submit`)}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('registerAdmin.cancel')}
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
