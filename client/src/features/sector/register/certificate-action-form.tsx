import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { useRefusalText } from '../../../components/ui/refusal';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSectorErrors } from '../sector-errors';

const SuspendMutation = graphql(`
  mutation SectorSuspendCertificate($input: CertificateActionInput!) {
    suspendCertificate(input: $input) {
      id
      phase
      step
      ...CycleViewerCan
    }
  }
`);

const ReinstateMutation = graphql(`
  mutation SectorReinstateCertificate($input: CertificateActionInput!) {
    reinstateCertificate(input: $input) {
      id
      phase
      step
      ...CycleViewerCan
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation SectorWithdrawCertificate($input: CertificateActionInput!) {
    withdrawCertificate(input: $input) {
      id
      phase
      step
      ...CycleViewerCan
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
  const shared = useRefusalText();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const commands = { suspend: useCommand(SuspendMutation), reinstate: useCommand(ReinstateMutation), withdraw: useCommand(WithdrawMutation) };
  const command = commands[kind];
  // Withdrawing asks once more: an incomplete form is not worth that question, so say what is missing first.
  const schema = useMemo(
    () => z.object({ reason: kind === 'withdraw' ? z.string().trim().min(1, t('errors.reasonRequired')) : z.string() }),
    [kind, t],
  );
  const form = useForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const errors = useFormErrors({
    form,
    refusal: command.refusal,
    prefix: 'certificate',
    fields: { reason: 'certificate-reason' },
    text: (refusal) => shared(localise(refusal)),
  });

  // The panel opens below the list: take the keyboard there, and to the question when it is asked.
  useEffect(() => {
    headingRef.current?.focus();
  }, [kind, entry.certificateNumber]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    if (kind === 'withdraw' && !confirming) {
      command.reset();
      setConfirming(true);
      return;
    }
    const cycleId = entry.cycleId;
    if (!cycleId) {
      command.setRefusal({ code: 'SECTOR_TEXT', message: t('errors.cycleNotFound'), details: {} });
      return;
    }
    if (await command.run({ input: { cycleId, reason } })) onDone();
    else setConfirming(false);
  }, command.reset);

  const names = { number: entry.certificateNumber, name: entry.organisationName };
  return (
    <section className="card sector-action" aria-labelledby="certificate-action-title" data-testid={`${kind}-form`}>
      <h2 id="certificate-action-title" ref={headingRef} tabIndex={-1}>
        {t(`registerAdmin.${kind}Title`, names)}
      </h2>
      <p className="muted">{t(`registerAdmin.${kind}Intro`)}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={command.pending || undefined}>
        {errors.summary}
        <Field id="certificate-reason" label={t('registerAdmin.reason')} hint={t('registerAdmin.reasonHint')} {...errors.field('reason')}>
          <textarea rows={3} readOnly={confirming} {...form.register('reason')} />
        </Field>
        {confirming ? (
          <div className="sector-confirm" data-testid="withdraw-confirm">
            <p ref={confirmRef} tabIndex={-1}>
              {t('registerAdmin.confirmQuestion', names)}
            </p>
            <div className="actions">
              <Button type="submit" busy={command.pending} busyLabel={t('registerAdmin.busy')}>
                {t('registerAdmin.confirmWithdraw')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('registerAdmin.confirmBack')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <Button type="submit" busy={command.pending} busyLabel={t('registerAdmin.busy')}>
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
