import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { graphql } from '../../../gql';
import type { OrganisationImprovementActionFragment } from '../../../gql/graphql';
import type { NormCategory } from '../internal-audits/internal-finding-form';
import { useOrgTexts } from '../organisation-texts';
import { useRefusal } from '../refusal';
import { useSubmit } from '../use-submit';

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

const FIELDS = ['what', 'owner', 'dueDate', 'successIndicator', 'normId'] as const;

interface ActionFormProps {
  cycleId: string;
  target: ActionTarget;
  categories: NormCategory[];
  /** After an edit was saved or given up: back to a form for a new action. */
  onDone(): void;
}

/** One action of the plan as a whole form: what, who, by when, how success is seen, and for which norm. */
export function ActionForm({ cycleId, target, categories, onDone }: ActionFormProps) {
  const { o } = useOrgTexts();
  const editing = target.kind === 'edit' ? target.action : null;
  const [what, setWhat] = useState(editing?.what ?? '');
  const [owner, setOwner] = useState(editing?.owner ?? '');
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? '');
  const [successIndicator, setSuccessIndicator] = useState(editing?.successIndicator ?? '');
  const [normId, setNormId] = useState((editing ? editing.normId : target.kind === 'new' ? target.normId : null) ?? '');
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { error, run } = useSubmit();
  const refusal = useRefusal('action', FIELDS, error);
  const [save, { loading }] = useMutation(OrganisationSaveImprovementActionMutation, {
    // Coverage of the improvement points follows from the actions: the page reads both again.
    refetchQueries: ['OrganisationImprovementPlanPage'],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    // Chosen from a card or an improvement point further down: take the user to the form.
    if (target.focus) heading.current?.focus();
  }, [target.focus]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const ok = await run((clientMutationId) =>
      save({
        variables: {
          input: { clientMutationId, cycleId, actionId: editing?.id ?? null, normId: normId || null, what, owner, dueDate, successIndicator },
        },
      }),
    );
    if (!ok) return;
    if (editing) {
      onDone();
      return;
    }
    setWhat('');
    setOwner('');
    setDueDate('');
    setSuccessIndicator('');
    setNormId('');
    setSaved(true);
  }

  return (
    <section className="card" aria-labelledby="action-form-title" data-testid="action-form">
      <h2 id="action-form-title" ref={heading} tabIndex={-1}>
        {editing ? o('plan.editTitle') : o('plan.newTitle')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field id="action-norm" label={o('plan.norm')} {...refusal.field('normId')}>
          <select value={normId} onChange={(e) => setNormId(e.target.value)}>
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
        <Field id="action-what" label={o('plan.what')} {...refusal.field('what')}>
          <textarea rows={3} required maxLength={10_000} value={what} onChange={(e) => setWhat(e.target.value)} />
        </Field>
        <Field id="action-owner" label={o('plan.owner')} {...refusal.field('owner')}>
          <input type="text" required maxLength={200} value={owner} onChange={(e) => setOwner(e.target.value)} />
        </Field>
        <Field id="action-due" className="field--date" label={o('plan.dueDate')} {...refusal.field('dueDate')}>
          <input type="date" required value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </Field>
        <Field id="action-indicator" label={o('plan.successIndicator')} {...refusal.field('successIndicator')}>
          <textarea rows={2} required maxLength={10_000} value={successIndicator} onChange={(e) => setSuccessIndicator(e.target.value)} />
        </Field>
        {refusal.general}
        <div className="actions">
          <Button type="submit" busy={loading} busyLabel={o('saving')}>
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
