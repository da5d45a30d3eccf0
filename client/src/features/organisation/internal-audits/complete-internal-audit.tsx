import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { useOrgTexts } from '../organisation-texts';

const OrganisationCompleteInternalAuditMutation = graphql(`
  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {
    completeInternalAudit(input: $input) {
      id
      ...CycleViewerCan
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

/** Closes the phase; the workflow checks every planned audit is settled and at least one was done. */
export function CompleteInternalAudit({ cycleId }: { cycleId: string }) {
  const { o, errorText } = useOrgTexts();
  // The returned cycle carries the new phase; the page turns read-only from the cache.
  const complete = useCommand(OrganisationCompleteInternalAuditMutation);
  const check = useConfirmStep();
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="complete-title" data-testid="complete-internal-audit">
      <h2 id="complete-title">{o('internal.completeTitle')}</h2>
      <p className="muted">{o('internal.completeHint')}</p>
      <ConfirmStep
        step={check}
        effect={t('confirmStep.command.completeInternalAudit.effect')}
        told={t('confirmStep.command.completeInternalAudit.told')}
        busy={complete.pending}
        busyLabel={o('internal.completing')}
      >
        <div className="actions">
          <Button
            onClick={() => {
              complete.reset();
              check.ask(() => complete.run({ input: { cycleId } }));
            }}
          >
            {o('internal.complete')}
          </Button>
        </div>
      </ConfirmStep>
      {complete.refusal && <Refusal refusal={complete.refusal} text={(refusal) => errorText(refusal, { INCOMPLETE: o('internal.completeIncomplete') })} />}
    </section>
  );
}
