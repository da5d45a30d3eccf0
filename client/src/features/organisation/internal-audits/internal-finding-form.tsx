import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Refusal } from '../../../components/ui/refusal';
import { graphql } from '../../../gql';
import type { OrganisationInternalAuditFragment } from '../../../gql/graphql';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
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
    }
  }
`);

export interface NormCategory {
  id: string;
  title: string;
  norms: { id: string; code: string; title: string }[];
}

/**
 * A finding on one norm: what goes well first (required), then what could improve. Choosing a norm that
 * has a finding already shows its text, and saving replaces it.
 */
export function InternalFindingForm({ audit, categories }: { audit: OrganisationInternalAuditFragment; categories: NormCategory[] }) {
  const { o, errorText } = useOrgTexts();
  const id = useId();
  const [normId, setNormId] = useState('');
  const [strengths, setStrengths] = useState('');
  const [improvementPoints, setImprovementPoints] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const record = useCommand(OrganisationRecordInternalFindingMutation, { withoutId: true, refetchQueries: ['OrganisationInternalAudits'] });
  const refusal = useFormErrors({
    refusal: record.refusal,
    prefix: `finding-${audit.id}`,
    fields: { normId: `${id}-norm`, strengths: `${id}-strengths`, improvementPoints: `${id}-points` },
    text: errorText,
  });

  function chooseNorm(value: string) {
    setNormId(value);
    const existing = audit.findings.find((f) => f.normId === value);
    setStrengths(existing?.strengths ?? '');
    setImprovementPoints(existing?.improvementPoints ?? '');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const ok = await record.run({ input: { internalAuditId: audit.id, normId, strengths, improvementPoints } });
    if (ok) {
      const code = categories.flatMap((c) => c.norms).find((n) => n.id === normId)?.code ?? '';
      setSaved(code);
      setNormId('');
      setStrengths('');
      setImprovementPoints('');
    }
  }

  return (
    <form className="form finding-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{o('internal.recordTitle')}</h4>
      <Field id={`${id}-norm`} label={o('internal.norm')} {...refusal.field('normId')}>
        <select required value={normId} onChange={(e) => chooseNorm(e.target.value)}>
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
      <Field id={`${id}-strengths`} label={o('internal.strengths')} {...refusal.field('strengths')}>
        <textarea rows={3} required maxLength={10_000} value={strengths} onChange={(e) => setStrengths(e.target.value)} />
      </Field>
      <Field id={`${id}-points`} label={o('internal.improvementPoints')} hint={o('internal.improvementPointsHint')} {...refusal.field('improvementPoints')}>
        <textarea rows={3} maxLength={10_000} value={improvementPoints} onChange={(e) => setImprovementPoints(e.target.value)} />
      </Field>
      {refusal.general && <Refusal refusal={record.refusal!} text={errorText} />}
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
