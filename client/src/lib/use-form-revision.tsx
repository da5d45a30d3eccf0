import { useCallback, useRef, type ReactNode } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { EditConflict } from '../components/ui/edit-conflict';
import type { UserError } from './errors';
import { combineTexts, revisionConflict } from './revision-conflict';

/** A field of a form as a conflict shows it; `text` fields are the ones "combine" puts both versions in. */
export interface RevisionField<T extends FieldValues> {
  name: Path<T>;
  label: string;
  text?: boolean;
  /** The value in words, where the stored one is a code (a score, a status). */
  show?: (value: string) => string;
}

interface FormRevisionOptions<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The command's refusal and how to clear it (useCommand's `refusal` and `reset`). */
  refusal: UserError | null;
  reset(): void;
  fields: RevisionField<T>[];
  /** Sends the form again, after "save mine". */
  resubmit(): void;
  /** The revision the form starts from: the edited thing's, or null for something new. */
  initial: number | null;
  /** For a form saved as a whole (a list of slots, a set of rules): puts the saved version in the form. */
  takeTheirs?: (value: Record<string, unknown> | null) => void;
}

const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * Revisions for a form that saves with a button: the revision the edit started from, sent as
 * `expectedRevision`, and when the server answers CONFLICT, EditConflict beside the form with the saved
 * version. Keep theirs fills the form with it; save mine sends the form again from the new revision;
 * combine puts both texts in each text field to edit, and the person saves when done. `refusal` is what the
 * form's error summary should show: a revision conflict is shown by EditConflict instead.
 */
export function useFormRevision<T extends FieldValues>({ form, refusal, reset, fields, resubmit, initial, takeTheirs }: FormRevisionOptions<T>) {
  const base = useRef<number | null>(initial);
  const conflict = revisionConflict(refusal);

  const resolve = useCallback(
    (how: 'theirs' | 'mine' | 'combine') => {
      if (!conflict) return;
      base.current = conflict.revision;
      reset();
      for (const field of fields) {
        const theirs = asText(conflict.value?.[field.name]);
        const mine = asText(form.getValues(field.name));
        if (how === 'theirs') form.setValue(field.name, theirs as PathValue<T, Path<T>>);
        if (how === 'combine' && field.text) form.setValue(field.name, combineTexts(mine, theirs) as PathValue<T, Path<T>>);
      }
      if (how === 'theirs') takeTheirs?.(conflict.value);
      if (how === 'mine') resubmit();
    },
    [conflict, fields, form, reset, resubmit, takeTheirs],
  );

  let element: ReactNode = null;
  if (conflict) {
    const values = form.getValues();
    const differing = fields
      .filter((f) => asText(values[f.name]) !== asText(conflict.value?.[f.name]))
      .map((f) => {
        const show = (value: string) => (value && f.show ? f.show(value) : value);
        return { name: f.name, label: f.label, mine: show(asText(values[f.name])), theirs: show(asText(conflict.value?.[f.name])) };
      });
    element = (
      <EditConflict
        changedBy={conflict.changedBy}
        changedAt={conflict.changedAt}
        fields={differing}
        onKeepTheirs={() => resolve('theirs')}
        onKeepMine={() => resolve('mine')}
        onCombine={fields.some((f) => f.text) ? () => resolve('combine') : undefined}
      />
    );
  }
  return {
    /** The revision to send as expectedRevision; undefined for something new. */
    expectedRevision: () => base.current ?? undefined,
    /** The form now edits something else (another norm, say), saved at this revision (0: nothing yet). */
    startFrom: (revision: number | null) => {
      base.current = revision;
    },
    conflict: element,
    refusal: conflict ? null : refusal,
  };
}
