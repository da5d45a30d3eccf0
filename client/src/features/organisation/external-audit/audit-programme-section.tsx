import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { PendingQuery } from '../../../components/ui/pending-query';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { allows } from '../../../lib/viewer-can';
import { AuditProgrammeQuery } from '../../audit-programme/programme-fragment';
import { ProgrammeTable } from '../../audit-programme/programme-table';
import { useProgrammeTexts } from '../../audit-programme/programme-texts';
import { useOrgTexts } from '../organisation-texts';

const OrganisationConfirmAuditProgrammeMutation = graphql(`
  mutation OrganisationConfirmAuditProgramme($input: CycleCommandInput!) {
    confirmAuditProgramme(input: $input) {
      ...AuditProgrammeView
    }
  }
`);

/** The auditors' programme of interviews, which the quality officer confirms. */
export function AuditProgrammeSection({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  const { o, errorText } = useOrgTexts();
  const { p } = useProgrammeTexts();
  const assigned = !!cycle.leadAuditor;
  const query = useQuery(AuditProgrammeQuery, { variables: { cycleId: cycle.id }, skip: !assigned, fetchPolicy: 'cache-and-network' });
  const confirm = useCommand(OrganisationConfirmAuditProgrammeMutation, { refetchQueries: ['AuditProgramme'] });
  const [confirmed, setConfirmed] = useState(false);
  const programme = query.data?.auditProgramme;
  // The server says whether this viewer may confirm now; a programme without interviews has nothing to confirm.
  const mayConfirm = allows(cycle, 'AUDIT_PROGRAMME_CONFIRMATION');
  const toConfirm = mayConfirm && !!programme && programme.slots.length > 0 && !programme.confirmedAt;

  let body;
  if (!assigned) body = <p className="muted">{o('external.programmeLater')}</p>;
  else if (!query.data) body = <PendingQuery error={query.error} loading={query.loading} onRetry={() => void query.refetch()} />;
  else body = <ProgrammeTable programme={programme} />;

  return (
    <section className="card" aria-labelledby="programme-title" data-testid="audit-programme">
      <h2 id="programme-title">{p('title')}</h2>
      <p className="muted">{o('external.programmeIntro')}</p>
      {body}
      {confirm.refusal && <Refusal refusal={confirm.refusal} text={errorText} />}
      {toConfirm && (
        <div className="actions">
          <Button
            busy={confirm.pending}
            busyLabel={o('external.confirmingProgramme')}
            data-testid="confirm-programme"
            onClick={() => void confirm.run({ input: { cycleId: cycle.id } }).then((done) => setConfirmed(!!done))}
          >
            {o('external.confirmProgramme')}
          </Button>
        </div>
      )}
      {confirmed && (
        <p role="status" className="banner banner--success" data-testid="programme-confirmed-now">
          {o('external.programmeConfirmedNow')}
        </p>
      )}
      {!mayConfirm && programme && programme.slots.length > 0 && !programme.confirmedAt && <p className="muted">{o('external.programmeOfficerOnly')}</p>}
    </section>
  );
}
