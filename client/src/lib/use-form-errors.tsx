import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from '../components/ui/error-summary';
import { refusalPath, type UserError } from './errors';

interface FormErrorsOptions<T extends FieldValues> {
  /** The react-hook-form form whose (zod) errors to show; forms not on it pass `checks` instead. */
  form?: UseFormReturn<T>;
  /** A form's own check results by field, for forms without react-hook-form. */
  checks?: Partial<Record<string, string | null>>;
  /** The server's refusal of the last attempt, from useCommand. */
  refusal: UserError | null;
  /** Prefix of the message ids (`${prefix}-${field}-error`); e2e tests find messages by them. */
  prefix: string;
  /** Each field the form shows, in the order of the form, with the id of its control (the summary links there). */
  fields: Record<string, string>;
  /** The refusal in words: the screen's own wording for its fields, else the shared one. */
  text(refusal: UserError): string;
}

/**
 * Errors of a react-hook-form form in one place: the form's own check (zod) and the server's refusal.
 * A refusal that names a field of the form shows beside that field, like a check that failed; one that
 * names none shows in the summary only. Typed text stays: nothing here resets the form.
 */
export function useFormErrors<T extends FieldValues = FieldValues>({ form, checks, refusal, prefix, fields, text }: FormErrorsOptions<T>) {
  const errors = form?.formState.errors ?? {};
  const submitCount = form?.formState.submitCount ?? 0;
  const names = Object.keys(fields);
  // A field inside a list is named by its whole path (`steps.1.text`); `field` keeps only the last part.
  const refused = refusal ? refusalPath(refusal) : null;
  const namesRefused = (name: string) => refusal !== null && (refused === name || refusal.field === name);
  const errorId = (name: string) => `${prefix}-${name}-error`;
  const message = (name: string): string | null => {
    const own = (errors as Record<string, { message?: unknown; root?: { message?: unknown } } | undefined>)[name];
    const ownText = own?.message ?? own?.root?.message;
    if (typeof ownText === 'string' && ownText) return ownText;
    const checked = checks?.[name];
    if (checked) return checked;
    return refusal && namesRefused(name) ? text(refusal) : null;
  };
  const general = refusal && !names.some(namesRefused) ? text(refusal) : null;
  const items = names.flatMap((name) => {
    const m = message(name);
    return m ? [{ fieldId: fields[name], text: m }] : [];
  });
  const summaryErrors = general ? [...items, { text: general }] : items;

  return {
    /** The refusal in words when it names no field of the form (the summary shows it too). */
    general,
    message,
    /** Spread onto a <Field>. */
    field: (name: string) => ({ error: message(name), errorId: errorId(name) }),
    /** Spread onto a control outside <Field>; `hintId` keeps the hint it is already described by. */
    invalid(name: string, hintId?: string) {
      const own = message(name) !== null;
      const ids = [hintId, own ? errorId(name) : undefined].filter(Boolean).join(' ');
      return { 'aria-invalid': own || undefined, 'aria-describedby': ids || undefined };
    },
    /** For a fieldset: described by the message, without aria-invalid (not allowed on a group). */
    describes: (name: string) => (message(name) !== null ? { 'aria-describedby': errorId(name) } : {}),
    /** The message beside its field, when there is one. */
    at(name: string): ReactNode {
      const m = message(name);
      return m ? (
        <p role="alert" id={errorId(name)} className="alert alert--error field__error">
          {m}
        </p>
      ) : null;
    },
    summary: <ErrorSummary id={`${prefix}-summary`} errors={summaryErrors} attempt={`${submitCount}:${refusal ? refusal.code + (refusal.field ?? '') : ''}`} />,
  };
}
