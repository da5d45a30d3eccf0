import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep, useConfirmStep } from '../../../components/ui/confirm-step';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { graphql } from '../../../gql';
import type { OrganisationExternalAuditFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { allows } from '../../../lib/viewer-can';
import { useOrgTexts } from '../organisation-texts';

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
  // The server says whether this viewer may engage an institution now (the quality officer, while none is).
  const engaging = allows(cycle, 'engageCertifyingInstitution');
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
      ) : engaging ? (
        <EngageForm cycleId={cycle.id} />
      ) : (
        <p className="muted">{o('external.noInstitution')}</p>
      )}
    </section>
  );
}

// Which institution may be engaged (an admitted one) is the server's rule.
const schema = z.object({ certifyingInstitutionId: z.string() });
type EngageValues = z.infer<typeof schema>;

function EngageForm({ cycleId }: { cycleId: string }) {
  const { o, errorText } = useOrgTexts();
  const choices = useQuery(OrganisationInstitutionChoicesQuery);
  const engage = useCommand(OrganisationEngageMutation);
  const check = useConfirmStep();
  const { t } = useTranslation();
  const form = useForm<EngageValues>({ resolver: zodResolver(schema), defaultValues: { certifyingInstitutionId: '' } });
  const errors = useFormErrors({
    form,
    refusal: engage.refusal,
    prefix: 'engage',
    fields: { certifyingInstitutionId: 'engage-institution' },
    text: errorText,
  });

  const onSubmit = form.handleSubmit((values) => check.ask(() => engage.run({ input: { cycleId, ...values } })), engage.reset);

  if (!choices.data) {
    return choices.error ? <QueryError error={choices.error} onRetry={() => void choices.refetch()} /> : <Loading />;
  }
  const institutions = choices.data.certifyingInstitutions;
  if (institutions.length === 0) return <p className="muted">{o('external.noAdmitted')}</p>;
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {errors.summary}
      <p className="muted">{o('external.engageHint')}</p>
      <Field id="engage-institution" label={o('external.institution')} {...errors.field('certifyingInstitutionId')}>
        <select required {...form.register('certifyingInstitutionId')}>
          <option value="">{o('external.chooseInstitution')}</option>
          {institutions.map((ci) => (
            <option key={ci.id} value={ci.id}>
              {ci.name}
            </option>
          ))}
        </select>
      </Field>
      <ConfirmStep
        step={check}
        answers={institutions.find((ci) => ci.id === form.getValues('certifyingInstitutionId'))?.name}
        effect={t('confirmStep.command.engage.effect')}
        told={t('confirmStep.command.engage.told')}
        busy={engage.pending}
        busyLabel={o('external.engaging')}
      >
        <div className="actions">
          <Button type="submit">{o('external.engage')}</Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
