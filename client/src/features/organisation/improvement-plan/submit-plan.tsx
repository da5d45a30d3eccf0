import { Button } from '../../../components/ui/button';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import { useCommand } from '../../../lib/use-command';
import { useOrgTexts } from '../organisation-texts';

const OrganisationSubmitImprovementPlanMutation = graphql(`
  mutation OrganisationSubmitImprovementPlan($input: CycleCommandInput!) {
    submitImprovementPlan(input: $input) {
      ...OrganisationImprovementPlan
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

/** Hands the plan to the lead auditor; the workflow checks every point is answered by an action. */
export function SubmitPlan({ cycleId }: { cycleId: string }) {
  const { o, errorText } = useOrgTexts();
  // Submitting fixes the evidence linked to the actions: read the links again to show them as fixed.
  const submit = useCommand(OrganisationSubmitImprovementPlanMutation, { refetchQueries: ['CycleEvidence'] });
  const check = useConfirmStep();
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="submit-plan-title" data-testid="submit-plan">
      <h2 id="submit-plan-title">{o('plan.submitTitle')}</h2>
      <p className="muted">{o('plan.submitHint')}</p>
      <ConfirmStep
        step={check}
        effect={t('confirmStep.command.submitPlan.effect')}
        told={t('confirmStep.command.submitPlan.told')}
        busy={submit.pending}
        busyLabel={o('plan.submitting')}
      >
        <div className="actions">
          <Button
            onClick={() => {
              submit.reset();
              check.ask(() => submit.run({ input: { cycleId } }));
            }}
          >
            {o('plan.submit')}
          </Button>
        </div>
      </ConfirmStep>
      {submit.refusal && <Refusal refusal={submit.refusal} text={errorText} />}
    </section>
  );
}
