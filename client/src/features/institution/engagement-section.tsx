import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmStep, useConfirmStep } from '../../components/ui/confirm-step';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useForm } from 'react-hook-form';
import { z } from '../../lib/form-schema';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { graphql } from '../../gql';
import { formatDate, formatNumber } from '../../lib/format';
import { useCommand } from '../../lib/use-command';
import { useFormErrors } from '../../lib/use-form-errors';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import type { SectionProps } from './section-props';

const InstitutionEngagementQuery = graphql(`
  query InstitutionEngagement($id: ID!) {
    me {
      id
      certifyingInstitution {
        id
        auditorWorkload {
          auditor {
            id
            name
          }
          openAudits
          leading
          upcomingAuditDates
        }
      }
    }
    cycle(id: $id) {
      id
      computedAuditDays
    }
  }
`);

const DeclineEngagementMutation = graphql(`
  mutation InstitutionDeclineEngagement($input: DeclineEngagementInput!) {
    declineEngagement(input: $input) {
      id
      phase
      step
    }
  }
`);

const AcceptEngagementMutation = graphql(`
  mutation InstitutionAcceptEngagement($input: AcceptEngagementInput!) {
    acceptEngagement(input: $input) {
      ...InstitutionCycleHeader
    }
  }
`);

/** "1,5" and "1.5" alike; null for empty, NaN for anything that is not a number. */
function parseDays(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const FIELDS = {
  leadAuditorId: 'accept-leadAuditorId',
  coAuditorId: 'accept-coAuditorId',
  auditDays: 'accept-auditDays',
  overrideReason: 'accept-overrideReason',
};

interface AcceptValues {
  leadAuditorId: string;
  coAuditorId: string;
  auditDays: string;
  overrideReason: string;
}

export function EngagementSection({ cycle, rights }: SectionProps) {
  const { i, locale } = useInstitutionTexts();
  // Once declined the institution no longer sees the cycle: the answer stays on screen with the way out.
  const [declined, setDeclined] = useState(false);
  if (declined) {
    return (
      <div className="card" data-testid="engagement-declined">
        <p role="status" className="banner banner--success inst-banner">
          {i('decline.done')}
        </p>
        <Link href="/">{i('decline.toInbox')}</Link>
      </div>
    );
  }
  if (cycle.leadAuditor && cycle.coAuditor) {
    return (
      <div className="card" data-testid="engagement-accepted">
        {cycle.step === 'SCHEDULING' && (
          <p role="status" className="banner banner--success inst-banner">
            {i('engagement.accepted')}
          </p>
        )}
        <dl className="facts">
          <dt>{i('engagement.lead')}</dt>
          <dd data-testid="assigned-lead">{cycle.leadAuditor.name}</dd>
          <dt>{i('engagement.co')}</dt>
          <dd data-testid="assigned-co">{cycle.coAuditor.name}</dd>
          {cycle.auditDaysComputed != null && (
            <>
              <dt>{i('engagement.computed')}</dt>
              <dd>{i('engagement.days', { count: cycle.auditDaysComputed, days: formatNumber(cycle.auditDaysComputed, locale) })}</dd>
            </>
          )}
          {cycle.auditDays != null && (
            <>
              <dt>{i('engagement.planned')}</dt>
              <dd data-testid="planned-days">{i('engagement.days', { count: cycle.auditDays, days: formatNumber(cycle.auditDays, locale) })}</dd>
            </>
          )}
          {cycle.auditDaysOverrideReason && (
            <>
              <dt>{i('engagement.reason')}</dt>
              <dd className="inst-text" data-testid="override-reason">
                {cycle.auditDaysOverrideReason}
              </dd>
            </>
          )}
        </dl>
      </div>
    );
  }
  if (cycle.step !== 'ENGAGEMENT_REQUESTED') return <p className="card muted">{i('engagement.notYet')}</p>;
  if (!rights.acceptEngagement) return <p className="card muted">{i('engagement.managerOnly')}</p>;
  return (
    <>
      <AcceptEngagementForm cycleId={cycle.id} fte={cycle.fte} />
      {rights.declineEngagement && <DeclineForm cycleId={cycle.id} onDeclined={() => setDeclined(true)} />}
    </>
  );
}

/** Declining needs a reason, which the organisation reads; an empty one is the server's refusal, shown beside the field. */
function DeclineForm({ cycleId, onDeclined }: { cycleId: string; onDeclined: () => void }) {
  const { i, errorText } = useInstitutionTexts();
  const { t } = useTranslation();
  const decline = useCommand(DeclineEngagementMutation, { refetchQueries: ['InstitutionInbox'] });
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const errors = useFormErrors({ form, refusal: decline.refusal, prefix: 'decline', fields: { reason: 'decline-reason' }, text: errorText });
  const check = useConfirmStep();
  const onSubmit = form.handleSubmit(
    (values) =>
      check.ask(async () => {
        if (await decline.run({ input: { cycleId, reason: values.reason } })) onDeclined();
      }),
    decline.reset,
  );
  return (
    <form className="card form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="decline-title" data-testid="decline-engagement-form">
      <h3 id="decline-title">{i('decline.title')}</h3>
      {errors.summary}
      <p>{i('decline.intro')}</p>
      <Field id="decline-reason" label={i('decline.reason')} hint={i('decline.reasonHint')} {...errors.field('reason')}>
        <textarea rows={3} maxLength={20000} {...form.register('reason')} />
      </Field>
      <ConfirmStep
        step={check}
        answers={`${i('decline.reason')}: ${form.getValues().reason}`}
        effect={t('confirmStep.command.declineEngagement.effect')}
        told={t('confirmStep.command.declineEngagement.told')}
        busy={decline.pending}
        busyLabel={i('decline.busy')}
      >
        <div className="actions">
          <Button type="submit" variant="secondary">
            {i('decline.submit')}
          </Button>
        </div>
      </ConfirmStep>
    </form>
  );
}

function AcceptEngagementForm({ cycleId, fte }: { cycleId: string; fte: number }) {
  const { data, error: loadError, refetch } = useQuery(InstitutionEngagementQuery, { variables: { id: cycleId } });
  if (!data) return <Pending error={loadError} onRetry={() => void refetch()} />;
  const auditors = data.me?.certifyingInstitution?.auditorWorkload ?? [];
  // The server's reading of the scheme's FTE table, the same one the command is judged by.
  return <AcceptForm cycleId={cycleId} fte={fte} auditors={auditors} computed={data.cycle.computedAuditDays ?? null} />;
}

/** An auditor with the audits they carry now, as the assigning manager sees them. */
interface AuditorLoad {
  auditor: { id: string; name: string };
  openAudits: number;
  leading: number;
  upcomingAuditDates: string[];
}

/** Who carries how much, beside the choice, so the manager can spread the work. */
function Workload({ auditors }: { auditors: AuditorLoad[] }) {
  const { i, locale } = useInstitutionTexts();
  return (
    <section className="inst-workload" aria-labelledby="auditor-workload-title" data-testid="auditor-workload">
      <h3 id="auditor-workload-title">{i('engagement.workloadTitle')}</h3>
      <ul>
        {auditors.map(({ auditor, openAudits, leading, upcomingAuditDates }) => (
          <li key={auditor.id}>
            <strong>{auditor.name}</strong>: {i('engagement.workloadLine', { open: openAudits, leading })};{' '}
            {upcomingAuditDates.length > 0
              ? i('engagement.workloadNext', { date: formatDate(upcomingAuditDates[0]!, locale) })
              : i('engagement.workloadNone')}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface AcceptFormProps {
  cycleId: string;
  fte: number;
  auditors: AuditorLoad[];
  computed: number | null;
}

function AcceptForm({ cycleId, fte, auditors, computed }: AcceptFormProps) {
  const { i, locale, errorText } = useInstitutionTexts();
  const accept = useCommand(AcceptEngagementMutation, { refetchQueries: ['InstitutionInbox'] });
  // Only the form of the number is checked here; what the number may be is the server's rule.
  const schema = useMemo(
    () =>
      z.object({
        leadAuditorId: z.string(),
        coAuditorId: z.string(),
        auditDays: z.string().refine((text) => !Number.isNaN(parseDays(text)), i('refusals.auditDays')),
        overrideReason: z.string(),
      }),
    [i],
  );
  const form = useForm<AcceptValues>({
    resolver: zodResolver(schema),
    defaultValues: { leadAuditorId: '', coAuditorId: '', auditDays: computed === null ? '' : formatNumber(computed, locale), overrideReason: '' },
  });
  const errors = useFormErrors({ form, refusal: accept.refusal, prefix: 'accept', fields: FIELDS, text: errorText });
  const check = useConfirmStep();
  const { t } = useTranslation();

  const onSubmit = form.handleSubmit((values) => {
    const parsed = parseDays(values.auditDays);
    check.ask(() => accept.run({
      input: {
        cycleId,
        leadAuditorId: values.leadAuditorId,
        coAuditorId: values.coAuditorId,
        // The same number as the table is no override: the server then takes the table itself.
        auditDays: parsed === null || parsed === computed ? null : parsed,
        overrideReason: values.overrideReason.trim() || null,
      },
    }));
  }, accept.reset);
  const nameOf = (id: string) => auditors.find((a) => a.auditor.id === id)?.auditor.name ?? '';
  const chosen = form.getValues();

  const auditorSelect = (field: 'leadAuditorId' | 'coAuditorId', label: string) => (
    <Field id={FIELDS[field]} label={label} {...errors.field(field)}>
      <select {...form.register(field)}>
        <option value="">{i('engagement.choose')}</option>
        {auditors.map(({ auditor, openAudits }) => (
          <option key={auditor.id} value={auditor.id}>
            {i('engagement.workloadOption', { name: auditor.name, open: openAudits })}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form className="card form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="accept-engagement-form">
      {errors.summary}
      <p>{i('engagement.intro')}</p>
      {auditors.length === 0 && <p className="banner banner--warning">{i('engagement.noAuditors')}</p>}
      <div className="inst-pair">
        {auditorSelect('leadAuditorId', i('engagement.lead'))}
        {auditorSelect('coAuditorId', i('engagement.co'))}
      </div>
      {auditors.length > 0 && <Workload auditors={auditors} />}
      <p className="inst-table-days" data-testid="days-from-table">
        {computed === null
          ? i('engagement.noTableBand', { fte: formatNumber(fte, locale) })
          : i('engagement.fromTable', { days: formatNumber(computed, locale), fte: formatNumber(fte, locale) })}
      </p>
      <Field id={FIELDS.auditDays} className="field--short" label={i('engagement.auditDays')} hint={i('engagement.auditDaysHint')} {...errors.field('auditDays')}>
        <input type="text" inputMode="decimal" {...form.register('auditDays')} />
      </Field>
      <Field id={FIELDS.overrideReason} label={i('engagement.overrideReason')} hint={i('engagement.overrideReasonHint')} {...errors.field('overrideReason')}>
        <textarea rows={3} maxLength={2000} {...form.register('overrideReason')} />
      </Field>
      <ConfirmStep
        step={check}
        answers={`${i('engagement.lead')}: ${nameOf(chosen.leadAuditorId)}; ${i('engagement.co')}: ${nameOf(chosen.coAuditorId)}; ${i('engagement.auditDays')}: ${chosen.auditDays}`}
        effect={t('confirmStep.command.acceptEngagement.effect')}
        told={t('confirmStep.command.acceptEngagement.told')}
        busy={accept.pending}
        busyLabel={i('engagement.busy')}
      >
        <div className="actions">
          <Button type="submit">{i('engagement.submit')}</Button>
        </div>
      </ConfirmStep>
    </form>
  );
}
