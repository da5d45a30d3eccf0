import type { UserError } from '../../lib/errors';
import { useInstitutionTexts } from './institution-texts';

/** A refusal in words, read out at once (role="alert"). */
export function Refusal({ error, id, className }: { error: UserError; id?: string; className?: string }) {
  const { errorText } = useInstitutionTexts();
  return (
    <p role="alert" id={id} className={['alert', 'alert--error', className].filter(Boolean).join(' ')}>
      {errorText(error)}
    </p>
  );
}

/**
 * Ties a refusal to the field it names: the input gets aria-invalid and is described by the message,
 * which sits right below it. A refusal naming none of the form's fields goes to the top of the form.
 */
export function fieldRefusal(error: UserError | null, formId: string, fields: readonly string[]) {
  const idOf = (field: string) => `${formId}-${field}-error`;
  return {
    /** Spread onto the input. */
    invalid(field: string, describedBy?: string) {
      const own = error?.field === field;
      const ids = [describedBy, own ? idOf(field) : undefined].filter(Boolean).join(' ');
      return { 'aria-invalid': own || undefined, 'aria-describedby': ids || undefined };
    },
    /** Spread onto a <Field>: the message for `field` in words (if the refusal names it) and its id. */
    field(field: string, text: (error: UserError) => string) {
      return { error: error?.field === field ? text(error) : null, errorId: idOf(field) };
    },
    /** The message under the field, when the refusal names it. */
    message(field: string) {
      return error?.field === field ? <Refusal id={idOf(field)} className="field__error" error={error} /> : null;
    },
    /** The message for the whole form, when the refusal names no field of it. */
    general() {
      return error && !(error.field && fields.includes(error.field)) ? <Refusal error={error} /> : null;
    },
  };
}
