import { useMutation } from '@apollo/client/react';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { useOrgTexts } from '../organisation-texts';
import { Refusal } from '../refusal';
import { useSubmit } from '../use-submit';

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
  const { error, run } = useSubmit();
  // Submitting fixes the evidence linked to the actions: read the links again to show them as fixed.
  const [submit, { loading }] = useMutation(OrganisationSubmitImprovementPlanMutation, { refetchQueries: ['CycleEvidence'] });
  return (
    <section className="card" aria-labelledby="submit-plan-title" data-testid="submit-plan">
      <h2 id="submit-plan-title">{o('plan.submitTitle')}</h2>
      <p className="muted">{o('plan.submitHint')}</p>
      <div className="actions">
        <Button busy={loading} busyLabel={o('plan.submitting')} onClick={() => void run((clientMutationId) => submit({ variables: { input: { cycleId, clientMutationId } } }))}>
          {o('plan.submit')}
        </Button>
      </div>
      {error && <Refusal text={errorText(error)} />}
    </section>
  );
}
