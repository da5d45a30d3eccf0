import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { useOrgUser } from '../org-user';
import { useOrgTexts } from '../organisation-texts';
import { useRefusal } from '../refusal';
import { useSubmit } from '../use-submit';

const OrganisationInstitutionChoicesQuery = graphql(`
  query OrganisationInstitutionChoices {
    certifyingInstitutions(admittedOnly: true) {
      id
      name
    }
  }
`);

const OrganisationEngageMutation = graphql(`
  mutation OrganisationEngageInstitution($input: EngageCertifyingInstitutionInput!) {
    engageCertifyingInstitution(input: $input) {
      ...OrganisationExternalAudit
      ...CycleStatus
      ...CycleTimeline
    }
  }
`);

/** Which certifying institution audits, with its auditors and audit days once it accepted. */
export function EngagementSection({ cycle }: { cycle: OrganisationExternalAuditFragment }) {
  const { o, locale } = useOrgTexts();
  const me = useOrgUser();
  const engaging = cycle.phase === 'EXTERNAL_AUDIT' && cycle.step === 'AWAITING_ENGAGEMENT';
  return (
    <section className="card" aria-labelledby="engagement-title" data-testid="engagement">
      <h2 id="engagement-title">{o('external.institutionTitle')}</h2>
      {cycle.certifyingInstitution ? (
        <>
          <dl className="facts">
            <dt>{o('external.institution')}</dt>
            <dd data-testid="engaged-institution">{cycle.certifyingInstitution.name}</dd>
            {cycle.leadAuditor && (
              <>
                <dt>{o('external.leadAuditor')}</dt>
                <dd>{cycle.leadAuditor.name}</dd>
              </>
            )}
            {cycle.coAuditor && (
              <>
                <dt>{o('external.coAuditor')}</dt>
                <dd>{cycle.coAuditor.name}</dd>
              </>
            )}
            {cycle.auditDays !== null && cycle.auditDays !== undefined && (
              <>
                <dt>{o('external.auditDays')}</dt>
                <dd>{formatNumber(cycle.auditDays, locale)}</dd>
              </>
            )}
          </dl>
          {cycle.step === 'ENGAGEMENT_REQUESTED' && <p className="muted">{o('external.awaitingAcceptance')}</p>}
        </>
      ) : engaging && me.manage ? (
        <EngageForm cycleId={cycle.id} />
      ) : (
        <p className="muted">{o('external.noInstitution')}</p>
      )}
    </section>
  );
}

const FIELDS = ['certifyingInstitutionId'] as const;

function EngageForm({ cycleId }: { cycleId: string }) {
  const { o } = useOrgTexts();
  const choices = useQuery(OrganisationInstitutionChoicesQuery);
  const [chosen, setChosen] = useState('');
  const { error, run } = useSubmit();
  const refusal = useRefusal('engage', FIELDS, error);
  const [engage, { loading }] = useMutation(OrganisationEngageMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run((clientMutationId) => engage({ variables: { input: { clientMutationId, cycleId, certifyingInstitutionId: chosen } } }));
  }

  if (!choices.data) {
    return choices.error ? <QueryError error={choices.error} onRetry={() => void choices.refetch()} /> : <Loading />;
  }
  const institutions = choices.data.certifyingInstitutions;
  if (institutions.length === 0) return <p className="muted">{o('external.noAdmitted')}</p>;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <p className="muted">{o('external.engageHint')}</p>
      <div className="field">
        <label htmlFor="engage-institution">{o('external.institution')}</label>
        <select id="engage-institution" required value={chosen} onChange={(e) => setChosen(e.target.value)} {...refusal.invalid('certifyingInstitutionId')}>
          <option value="">{o('external.chooseInstitution')}</option>
          {institutions.map((ci) => (
            <option key={ci.id} value={ci.id}>
              {ci.name}
            </option>
          ))}
        </select>
        {refusal.at('certifyingInstitutionId')}
      </div>
      {refusal.general}
      <div className="actions">
        <Button type="submit" busy={loading} busyLabel={o('external.engaging')}>
          {o('external.engage')}
        </Button>
      </div>
    </form>
  );
}
