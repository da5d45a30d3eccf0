import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { UserSummary } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useOrgTexts } from '../organisation-texts';

const OrganisationPlanInternalAuditMutation = graphql(`
  mutation OrganisationPlanInternalAudit($input: PlanInternalAuditInput!) {
    planInternalAudit(input: $input) {
      ...OrganisationInternalAudit
    }
  }
`);

/** Who the server accepts as an internal auditor. */
const AUDITOR_ROLES: readonly string[] = ['ORG_INTERNAL_AUDITOR', 'ORG_QUALITY_OFFICER'];

// Which values are allowed (a date inside the cycle, auditors of the organisation) is the server's rule.
const schema = z.object({ unit: z.string(), plannedDate: z.string(), auditorIds: z.array(z.string()) });
type PlanValues = z.infer<typeof schema>;
const EMPTY: PlanValues = { unit: '', plannedDate: '', auditorIds: [] };

/** The quality officer plans an audit of one team or unit: when, and by whom of the organisation's own people. */
export function PlanInternalAuditForm({ cycleId, members }: { cycleId: string; members: Pick<UserSummary, 'id' | 'name' | 'role'>[] }) {
  const { o, errorText } = useOrgTexts();
  const { t } = useTranslation();
  const [planned, setPlanned] = useState<string | null>(null);
  const plan = useCommand(OrganisationPlanInternalAuditMutation, { refetchQueries: ['OrganisationInternalAudits'] });
  const form = useForm<PlanValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const candidates = members.filter((m) => AUDITOR_ROLES.includes(m.role));
  const fields = { unit: 'plan-unit', plannedDate: 'plan-date', auditorIds: `plan-auditor-${candidates[0]?.id ?? ''}` };
  const errors = useFormErrors({ form, refusal: plan.refusal, prefix: 'plan', fields, text: errorText });
  const auditorIds = form.watch('auditorIds');

  const onSubmit = form.handleSubmit(async (values) => {
    setPlanned(null);
    if (await plan.run({ input: { cycleId, ...values } })) {
      setPlanned(values.unit.trim());
      form.reset(EMPTY);
    }
  }, plan.reset);

  const toggle = (id: string, on: boolean) =>
    form.setValue('auditorIds', on ? [...auditorIds, id] : auditorIds.filter((x) => x !== id), { shouldDirty: true });
  return (
    <section className="card" aria-labelledby="plan-title" data-testid="plan-internal-audit">
      <h2 id="plan-title">{o('internal.planTitle')}</h2>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.summary}
        <Field id={fields.unit} label={o('internal.unit')} {...errors.field('unit')}>
          <input type="text" required maxLength={200} {...form.register('unit')} />
        </Field>
        <Field id={fields.plannedDate} className="field--date" label={o('internal.plannedDate')} {...errors.field('plannedDate')}>
          <input type="date" required {...form.register('plannedDate')} />
        </Field>
        <fieldset className="choice" {...errors.describes('auditorIds')}>
          <legend>{o('internal.auditors')}</legend>
          {candidates.map((member) => (
            <label key={member.id} className="choice__option">
              <input
                type="checkbox"
                id={`plan-auditor-${member.id}`}
                checked={auditorIds.includes(member.id)}
                onChange={(e) => toggle(member.id, e.target.checked)}
              />
              <span>
                {member.name} <span className="muted">({t(`role.${member.role}`)})</span>
              </span>
            </label>
          ))}
          {errors.at('auditorIds')}
        </fieldset>
        <div className="actions">
          <Button type="submit" busy={plan.pending} busyLabel={o('internal.planning')}>
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
