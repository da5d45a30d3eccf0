import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from '../../../lib/form-schema';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { OrganisationImprovementActionFragment } from '../../../gql/graphql';
import type { NormCategory } from '../internal-audits/internal-finding-form';
import { useCommand } from '../../../lib/use-command';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useFormRevision } from '../../../lib/use-form-revision';
import { useOrgTexts } from '../organisation-texts';

const OrganisationSaveImprovementActionMutation = graphql(`
  mutation OrganisationSaveImprovementAction($input: SaveImprovementActionInput!) {
    saveImprovementAction(input: $input) {
      ...OrganisationImprovementAction
    }
  }
`);

export type ActionTarget =
  | { kind: 'new'; normId: string | null; seq: number; focus: boolean }
  | { kind: 'edit'; action: OrganisationImprovementActionFragment; seq: number; focus: boolean };

// In the order of the form: the summary lists the problems in that order.
const FIELDS = { normId: 'action-norm', what: 'action-what', owner: 'action-owner', dueDate: 'action-due', successIndicator: 'action-indicator' };

// What counts as a valid action (a due date not in the past, lengths) is the server's rule.
const schema = z.object({ normId: z.string(), what: z.string(), owner: z.string(), dueDate: z.string(), successIndicator: z.string() });
type ActionValues = z.infer<typeof schema>;
const EMPTY: ActionValues = { normId: '', what: '', owner: '', dueDate: '', successIndicator: '' };

interface ActionFormProps {
  cycleId: string;
  target: ActionTarget;
  categories: NormCategory[];
  /** After an edit was saved or given up: back to a form for a new action. */
  onDone(): void;
}

/** One action of the plan as a whole form: what, who, by when, how success is seen, and for which norm. */
export function ActionForm({ cycleId, target, categories, onDone }: ActionFormProps) {
  const { o, errorText } = useOrgTexts();
  const editing = target.kind === 'edit' ? target.action : null;
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Coverage of the improvement points follows from the actions: the page reads both again.
  const save = useCommand(OrganisationSaveImprovementActionMutation, { refetchQueries: ['OrganisationImprovementPlanPage'] });
  const form = useForm<ActionValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      normId: (editing ? editing.normId : target.kind === 'new' ? target.normId : null) ?? '',
      what: editing?.what ?? '',
      owner: editing?.owner ?? '',
      dueDate: editing?.dueDate ?? '',
      successIndicator: editing?.successIndicator ?? '',
    },
  });
  const revision = useFormRevision({
    form,
    refusal: save.refusal,
    reset: save.reset,
    initial: editing?.revision ?? null,
    resubmit: () => void onSubmit(),
    fields: [
      { name: 'normId', label: o('plan.norm') },
      { name: 'what', label: o('plan.what'), text: true },
      { name: 'owner', label: o('plan.owner'), text: true },
      { name: 'dueDate', label: o('plan.dueDate') },
      { name: 'successIndicator', label: o('plan.successIndicator'), text: true },
    ],
  });
  const errors = useFormErrors({ form, refusal: revision.refusal, prefix: 'action', fields: FIELDS, text: errorText });

  useEffect(() => {
    // Chosen from a card or an improvement point further down: take the user to the form.
    if (target.focus) heading.current?.focus();
  }, [target.focus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const ok = await save.run({
      input: { cycleId, actionId: editing?.id ?? null, ...values, normId: values.normId || null, expectedRevision: revision.expectedRevision() },
    });
    if (!ok) return;
    if (editing) {
      onDone();
      return;
    }
    form.reset(EMPTY);
    setSaved(true);
  }, save.reset);

  return (
    <section className="card" aria-labelledby="action-form-title" data-testid="action-form">
      <h2 id="action-form-title" ref={heading} tabIndex={-1}>
        {editing ? o('plan.editTitle') : o('plan.newTitle')}
      </h2>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {errors.summary}
        {revision.conflict}
        <Field id={FIELDS.normId} label={o('plan.norm')} {...errors.field('normId')}>
          <select {...form.register('normId')}>
            <option value="">{o('plan.generalAction')}</option>
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
        <Field id={FIELDS.what} label={o('plan.what')} {...errors.field('what')}>
          <textarea rows={3} required maxLength={10_000} {...form.register('what')} />
        </Field>
        <Field id={FIELDS.owner} label={o('plan.owner')} {...errors.field('owner')}>
          <input type="text" required maxLength={200} {...form.register('owner')} />
        </Field>
        <Field id={FIELDS.dueDate} className="field--date" label={o('plan.dueDate')} {...errors.field('dueDate')}>
          <input type="date" required {...form.register('dueDate')} />
        </Field>
        <Field id={FIELDS.successIndicator} label={o('plan.successIndicator')} {...errors.field('successIndicator')}>
          <textarea rows={2} required maxLength={10_000} {...form.register('successIndicator')} />
        </Field>
        <div className="actions">
          <Button type="submit" busy={save.pending} busyLabel={o('saving')}>
            {editing ? o('plan.saveChanges') : o('plan.saveAction')}
          </Button>
          {editing && (
            <Button variant="secondary" onClick={onDone}>
              {o('plan.cancelEdit')}
            </Button>
          )}
          {saved && (
            <p role="status" className="muted" data-testid="action-saved">
              {o('plan.actionSaved')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
