import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { graphql } from '../../gql';
import { formatNumber } from '../../lib/format';
import { fieldRefusal } from './form-bits';
import { Pending } from './institution-page';
import { useInstitutionTexts } from './institution-texts';
import type { SectionProps } from './section-props';
import { useCycleCommand } from './use-cycle-command';

const InstitutionEngagementQuery = graphql(`
  query InstitutionEngagement($id: ID!) {
    me {
      id
      certifyingInstitution {
        id
        auditors {
          id
          name
        }
      }
    }
    cycle(id: $id) {
      id
      frameworkVersion {
        id
        rules {
          auditDaysTable {
            maxFte
            days
          }
        }
      }
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

/** The scheme's table, read as the server reads it: the first band whose upper bound covers the FTE. */
function daysFromTable(fte: number, table: readonly { maxFte?: number | null; days: number }[]): number | null {
  const sorted = [...table].sort((a, b) => (a.maxFte ?? Infinity) - (b.maxFte ?? Infinity));
  return sorted.find((band) => band.maxFte == null || fte <= band.maxFte)?.days ?? null;
}

/** "1,5" and "1.5" alike; null for empty, NaN for anything that is not a number. */
function parseDays(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const FIELDS = ['leadAuditorId', 'coAuditorId', 'auditDays', 'overrideReason'] as const;

export function EngagementSection({ cycle, rights }: SectionProps) {
  const { i, locale } = useInstitutionTexts();
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
  return <AcceptEngagementForm cycleId={cycle.id} fte={cycle.fte} />;
}

function AcceptEngagementForm({ cycleId, fte }: { cycleId: string; fte: number }) {
  const { i, locale, errorText } = useInstitutionTexts();
  const { data, error: loadError, refetch } = useQuery(InstitutionEngagementQuery, { variables: { id: cycleId } });
  const accept = useCycleCommand(AcceptEngagementMutation, ['InstitutionInbox']);
  const [lead, setLead] = useState('');
  const [co, setCo] = useState('');
  const [days, setDays] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  if (!data) return <Pending error={loadError} onRetry={() => void refetch()} />;
  const auditors = data.me?.certifyingInstitution?.auditors ?? [];
  const computed = daysFromTable(fte, data.cycle.frameworkVersion.rules.auditDaysTable);
  const daysText = days ?? (computed === null ? '' : formatNumber(computed, locale));
  const refusal = fieldRefusal(accept.error, 'accept', FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDays(daysText);
    if (parsed !== null && Number.isNaN(parsed)) {
      accept.setError({ code: 'BAD_USER_INPUT', message: '', field: 'auditDays', details: {} });
      return;
    }
    await accept.run({
      cycleId,
      leadAuditorId: lead,
      coAuditorId: co,
      // The same number as the table is no override: the server then takes the table itself.
      auditDays: parsed === null || parsed === computed ? null : parsed,
      overrideReason: reason.trim() || null,
    });
  }

  const auditorSelect = (field: 'leadAuditorId' | 'coAuditorId', label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`accept-${field}`}>{label}</label>
      <select id={`accept-${field}`} value={value} onChange={(e) => set(e.target.value)} {...refusal.invalid(field)}>
        <option value="">{i('engagement.choose')}</option>
        {auditors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      {refusal.message(field)}
    </div>
  );

  return (
    <form className="card form" onSubmit={onSubmit} noValidate data-testid="accept-engagement-form">
      <p>{i('engagement.intro')}</p>
      {auditors.length === 0 && <p className="banner banner--warning">{i('engagement.noAuditors')}</p>}
      <div className="inst-pair">
        {auditorSelect('leadAuditorId', i('engagement.lead'), lead, setLead)}
        {auditorSelect('coAuditorId', i('engagement.co'), co, setCo)}
      </div>
      <p className="inst-table-days" data-testid="days-from-table">
        {computed === null
          ? i('engagement.noTableBand', { fte: formatNumber(fte, locale) })
          : i('engagement.fromTable', { days: formatNumber(computed, locale), fte: formatNumber(fte, locale) })}
      </p>
      <Field
        id="accept-auditDays"
        className="field--short"
        label={i('engagement.auditDays')}
        hint={i('engagement.auditDaysHint')}
        {...refusal.field('auditDays', errorText)}
      >
        <input type="text" inputMode="decimal" value={daysText} onChange={(e) => setDays(e.target.value)} />
      </Field>
      <Field id="accept-overrideReason" label={i('engagement.overrideReason')} hint={i('engagement.overrideReasonHint')} {...refusal.field('overrideReason', errorText)}>
        <textarea rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      {refusal.general()}
      <div className="actions">
        <Button type="submit" busy={accept.loading} busyLabel={i('engagement.busy')}>
          {i('engagement.submit')}
        </Button>
      </div>
    </form>
  );
}
