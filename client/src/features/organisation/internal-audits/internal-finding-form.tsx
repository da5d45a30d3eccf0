import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { OrganisationInternalAuditFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFormRevision } from '../../../lib/use-form-revision';
import { useOrgTexts } from '../organisation-texts';

const OrganisationRecordInternalFindingMutation = graphql(`
  mutation OrganisationRecordInternalFinding($input: RecordInternalAuditFindingInput!) {
    recordInternalAuditFinding(input: $input) {
      id
      normId
      normCode
      strengths
      improvementPoints
      recordedByName
      revision
    }
  }
`);

export interface NormCategory {
  id: string;
  title: string;
  norms: { id: string; code: string; title: string }[];
}

// Which norm and which texts are required (strengths are) is the server's rule.
const schema = z.object({ normId: z.string(), strengths: z.string(), improvementPoints: z.string() });
type FindingValues = z.infer<typeof schema>;
const EMPTY: FindingValues = { normId: '', strengths: '', improvementPoints: '' };

/**
 * A finding on one norm: what goes well first (required), then what could improve. Choosing a norm that
 * has a finding already shows its text, and saving replaces it.
 */
export function InternalFindingForm({ audit, categories }: { audit: OrganisationInternalAuditFragment; categories: NormCategory[] }) {
  const { o, errorText } = useOrgTexts();
  const id = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const record = useCommand(OrganisationRecordInternalFindingMutation, { refetchQueries: ['OrganisationInternalAudits'] });
  const form = useForm<FindingValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const fields = { normId: `${id}-norm`, strengths: `${id}-strengths`, improvementPoints: `${id}-points` };
  const revision = useFormRevision({
    form,
    refusal: record.refusal,
    reset: record.reset,
    initial: null,
    resubmit: () => void onSubmit(),
    fields: [
      { name: 'strengths', label: o('internal.strengths'), text: true },
      { name: 'improvementPoints', label: o('internal.improvementPoints'), text: true },
    ],
  });
  const errors = useFormErrors({ form, refusal: revision.refusal, prefix: `finding-${audit.id}`, fields, text: errorText });

  function chooseNorm(value: string) {
    const existing = audit.findings.find((f) => f.normId === value);
    // The edit starts from the finding as shown: a finding recorded meanwhile by the other auditor is a conflict.
    revision.startFrom(value ? (existing?.revision ?? 0) : null);
    form.setValue('strengths', existing?.strengths ?? '');
    form.setValue('improvementPoints', existing?.improvementPoints ?? '');
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(null);
    const ok = await record.run({ input: { internalAuditId: audit.id, ...values, expectedRevision: revision.expectedRevision() } });
    if (ok) {
      const code = categories.flatMap((c) => c.norms).find((n) => n.id === values.normId)?.code ?? '';
      setSaved(code);
      form.reset(EMPTY);
    }
  }, record.reset);

  return (
    <form className="form finding-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{o('internal.recordTitle')}</h4>
      {errors.summary}
      {revision.conflict}
      <Field id={fields.normId} label={o('internal.norm')} {...errors.field('normId')}>
        <select required {...form.register('normId', { onChange: (e: { target: { value: string } }) => chooseNorm(e.target.value) })}>
          <option value="">{o('internal.chooseNorm')}</option>
          {categories.map((category) => (
            <optgroup key={category.id} label={category.title}>
              {category.norms.map((norm) => (
                <option key={norm.id} value={norm.id}>
                  {norm.code} {norm.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id={fields.strengths} label={o('internal.strengths')} {...errors.field('strengths')}>
        <textarea rows={3} required maxLength={10_000} {...form.register('strengths')} />
      </Field>
      <Field id={fields.improvementPoints} label={o('internal.improvementPoints')} hint={o('internal.improvementPointsHint')} {...errors.field('improvementPoints')}>
        <textarea rows={3} maxLength={10_000} {...form.register('improvementPoints')} />
      </Field>
      <div className="actions">
        <Button type="submit" busy={record.pending} busyLabel={o('saving')}>
          {o('internal.record')}
        </Button>
        {saved !== null && (
          <p role="status" className="muted" data-testid="finding-saved">
            {o('internal.recorded', { code: saved })}
          </p>
        )}
      </div>
    </form>
  );
}
