import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { graphql } from '../../../gql';
import type { UserSummary } from '../../../gql/graphql';
import { useOrgTexts } from '../organisation-texts';
import { useRefusal } from '../refusal';
import { useSubmit } from '../use-submit';

const OrganisationPlanInternalAuditMutation = graphql(`
  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {
    planInternalAudit(input: $input) {
      ...OrganisationInternalAudit
    }
  }
`);

const FIELDS = ['unit', 'plannedDate', 'auditorIds'] as const;
/** Who the server accepts as an internal auditor. */
const AUDITOR_ROLES: readonly string[] = ['ORG_INTERNAL_AUDITOR', 'ORG_QUALITY_OFFICER'];

/** The quality officer plans an audit of one team or unit: when, and by whom of the organisation's own people. */
export function PlanInternalAuditForm({ cycleId, members }: { cycleId: string; members: Pick<UserSummary, 'id' | 'name' | 'role'>[] }) {
  const { o } = useOrgTexts();
  const { t } = useTranslation();
  const [unit, setUnit] = useState('');
  const [plannedDate, setPlannedDate] = useState('');
  const [auditorIds, setAuditorIds] = useState<string[]>([]);
  const [planned, setPlanned] = useState<string | null>(null);
  const { error, run } = useSubmit();
  const refusal = useRefusal('plan', FIELDS, error);
  const [plan, { loading }] = useMutation(OrganisationPlanInternalAuditMutation, {
    refetchQueries: ['OrganisationInternalAudits'],
    awaitRefetchQueries: true,
  });
  const candidates = members.filter((m) => AUDITOR_ROLES.includes(m.role));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPlanned(null);
    const ok = await run((clientMutationId) =>
      plan({ variables: { input: { clientMutationId, cycleId, unit, plannedDate, auditorIds } } }),
    );
    if (ok) {
      setPlanned(unit.trim());
      setUnit('');
      setPlannedDate('');
      setAuditorIds([]);
    }
  }

  const toggle = (id: string, on: boolean) => setAuditorIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  return (
    <section className="card" aria-labelledby="plan-title" data-testid="plan-internal-audit">
      <h2 id="plan-title">{o('internal.planTitle')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="plan-unit">{o('internal.unit')}</label>
          <input id="plan-unit" type="text" required maxLength={200} value={unit} onChange={(e) => setUnit(e.target.value)} {...refusal.invalid('unit')} />
          {refusal.at('unit')}
        </div>
        <div className="field field--date">
          <label htmlFor="plan-date">{o('internal.plannedDate')}</label>
          <input id="plan-date" type="date" required value={plannedDate} onChange={(e) => setPlannedDate(e.target.value)} {...refusal.invalid('plannedDate')} />
          {refusal.at('plannedDate')}
        </div>
        <fieldset className="choice" {...refusal.describes('auditorIds')}>
          <legend>{o('internal.auditors')}</legend>
          {candidates.map((member) => (
            <label key={member.id} className="choice__option">
              <input type="checkbox" checked={auditorIds.includes(member.id)} onChange={(e) => toggle(member.id, e.target.checked)} />
              <span>
                {member.name} <span className="muted">({t(`role.${member.role}`)})</span>
              </span>
            </label>
          ))}
          {refusal.at('auditorIds')}
        </fieldset>
        {refusal.general}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel={o('internal.planning')}>
            {o('internal.plan')}
          </Button>
          {planned && (
            <p role="status" className="muted" data-testid="planned-notice">
              {o('internal.planned', { unit: planned })}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
