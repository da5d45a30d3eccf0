import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { useRefusalText } from '../../../components/ui/refusal';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { CertificationDecision } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useSectorErrors } from '../sector-errors';

const DecideMutation = graphql(`
  mutation SectorDecideCertification($input: DecideCertificationInput!) {
    decideCertification(input: $input) {
      id
      phase
      step
      decision
      decisionReason
      ...CycleNextStep
      ...CycleViewerCan
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

const DECISIONS = ['AWARD', 'DEFER', 'REFUSE'] as const satisfies readonly CertificationDecision[];
// Whether a reason is needed, and which decision is allowed, is the server's rule; that one is chosen at
// all is the form's, since nothing is preselected.
const schemaWith = (required: string) => z.object({ decision: z.enum(DECISIONS, { error: required }), reason: z.string() });
type DecisionValues = z.infer<ReturnType<typeof schemaWith>>;
const FIELDS = { decision: `decision-${DECISIONS[0]}`, reason: 'decision-reason' };

interface DecisionFormProps {
  cycleId: string;
  /** Called with the decision once the server recorded it. */
  onDecided(decision: CertificationDecision): void;
}

/**
 * Award, defer or refuse, with a reason. Offered when the server's `viewerCan` allows the decision; the
 * server stays the judge, and its refusal appears here (beside the reason when that is what it is about),
 * with the text kept.
 */
export function DecisionForm({ cycleId, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('sector');
  const localise = useSectorErrors();
  const shared = useRefusalText();
  // The returned cycle updates this page through the cache; the queue and lists refresh when next shown.
  const decide = useCommand(DecideMutation);
  const check = useConfirmStep();
  const common = useTranslation().t;
  // No default decision: the decider must choose one, and the check repeats the choice before it counts.
  const form = useForm<DecisionValues>({ resolver: zodResolver(schemaWith(t('decide.decisionRequired'))), defaultValues: { reason: '' } });
  const errors = useFormErrors({ form, refusal: decide.refusal, prefix: 'decision', fields: FIELDS, text: (refusal) => shared(localise(refusal)) });

  const onSubmit = form.handleSubmit(({ decision, reason }) => {
    check.ask(async () => {
      if (await decide.run({ input: { cycleId, decision, reason } })) {
        // A deferred cycle stays open for a later decision, which needs its own reason.
        form.reset({ reason: '' });
        onDecided(decision);
      }
    });
  }, decide.reset);
  const chosen = form.getValues();

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={decide.pending || undefined} data-testid="decision-form">
      {errors.summary}
      <fieldset className="choice" {...errors.describes('decision')}>
        <legend>{t('decide.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="choice__option">
            <input type="radio" id={`decision-${d}`} value={d} {...form.register('decision')} />
            <span>{t(`decision.${d}`)}</span>
          </label>
        ))}
        {errors.at('decision')}
      </fieldset>
      <Field id={FIELDS.reason} label={t('decide.reason')} hint={t('decide.reasonHint')} {...errors.field('reason')}>
        <textarea rows={4} {...form.register('reason')} />
      </Field>
      <ConfirmStep
        step={check}
        answers={
          <>
            <strong>{chosen.decision && t(`decision.${chosen.decision}`)}</strong>
            {chosen.reason && <span className="pre-wrap"> — {chosen.reason}</span>}
          </>
        }
        effect={common('confirmStep.command.decide.effect')}
        told={common('confirmStep.command.decide.told')}
        busy={decide.pending}
        busyLabel={t('decide.busy')}
      >
        <div className="actions">
          <Button type="submit">{t('decide.submit')}</Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
