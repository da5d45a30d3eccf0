import type { ReactNode } from 'react';
import type { UserError } from '../../lib/errors';
import { useOrgTexts, type RefusalOverrides } from './organisation-texts';

/** A refusal, read out the moment it appears wherever focus is. */
export function Refusal({ text, id, className }: { text: string; id?: string; className?: string }) {
  return (
    <p role="alert" id={id} className={['alert', 'alert--error', className].filter(Boolean).join(' ')}>
      {text}
    </p>
  );
}

interface InvalidProps {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * Where a form's refusal shows: beside the input the server named (marked invalid and pointing at the
 * message), otherwise once, above the form's button.
 */
export function useRefusal<F extends string>(idPrefix: string, fields: readonly F[], error: UserError | null, overrides?: RefusalOverrides) {
  const { errorText } = useOrgTexts();
  const field = error?.field && (fields as readonly string[]).includes(error.field) ? (error.field as F) : null;
  const errorId = (f: F) => `${idPrefix}-${f}-error`;
  return {
    /** Props for the input of `f`; `hintId` keeps the hint the input is already described by. */
    invalid(f: F, hintId?: string): InvalidProps {
      if (field !== f) return hintId ? { 'aria-describedby': hintId } : {};
      return { 'aria-invalid': true, 'aria-describedby': [hintId, errorId(f)].filter(Boolean).join(' ') };
    },
    /** For a group (fieldset) of inputs: described by the message, without aria-invalid (not allowed on a group). */
    describes(f: F): { 'aria-describedby'?: string } {
      return field === f ? { 'aria-describedby': errorId(f) } : {};
    },
    /** Spread onto a <Field>: the message for `f` (if the refusal names it) and its id. */
    field(f: F): { error: string | null; errorId: string } {
      return { error: field === f && error ? errorText(error, overrides) : null, errorId: errorId(f) };
    },
    at(f: F): ReactNode {
      return field === f && error ? <Refusal id={errorId(f)} className="field__error" text={errorText(error, overrides)} /> : null;
    },
    general: error && !field ? <Refusal text={errorText(error, overrides)} /> : null,
  };
}
