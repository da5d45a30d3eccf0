import { Button } from '../../../components/ui/button';
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
  return (
    <section className="card" aria-labelledby="complete-title" data-testid="complete-internal-audit">
      <h2 id="complete-title">{o('internal.completeTitle')}</h2>
      <p className="muted">{o('internal.completeHint')}</p>
      <div className="actions">
        <Button busy={complete.pending} busyLabel={o('internal.completing')} onClick={() => void complete.run({ input: { cycleId } })}>
          {o('internal.complete')}
        </Button>
      </div>
      {complete.refusal && <Refusal refusal={complete.refusal} text={(refusal) => errorText(refusal, { INCOMPLETE: o('internal.completeIncomplete') })} />}
    </section>
  );
}
