import { useMutation } from '@apollo/client/react';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import { useOrgTexts } from '../organisation-texts';
import { Refusal } from '../refusal';
import { useSubmit } from '../use-submit';

const OrganisationCompleteInternalAuditMutation = graphql(`
  mutation OrganisationCompleteInternalAudit($input: CycleCommandInput!) {
    completeInternalAudit(input: $input) {
      id
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

/** Closes the phase; the workflow checks every planned audit is settled and at least one was done. */
export function CompleteInternalAudit({ cycleId }: { cycleId: string }) {
  const { o, errorText } = useOrgTexts();
  const { error, run } = useSubmit();
  // The returned cycle carries the new phase; the page turns read-only from the cache.
  const [complete, { loading }] = useMutation(OrganisationCompleteInternalAuditMutation);
  return (
    <section className="card" aria-labelledby="complete-title" data-testid="complete-internal-audit">
      <h2 id="complete-title">{o('internal.completeTitle')}</h2>
      <p className="muted">{o('internal.completeHint')}</p>
      <div className="actions">
        <Button busy={loading} busyLabel={o('internal.completing')} onClick={() => void run((clientMutationId) => complete({ variables: { input: { cycleId, clientMutationId } } }))}>
          {o('internal.complete')}
        </Button>
      </div>
      {error && <Refusal text={errorText(error, { INCOMPLETE: o('internal.completeIncomplete') })} />}
    </section>
  );
}
