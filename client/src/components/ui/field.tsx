import { cloneElement, type ReactElement, type ReactNode } from 'react';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  /** The control's id, which the label points at; the hint is `${id}-hint`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The refusal in words, when it names this field: shown right below the control. */
  error?: string | null;
  /** The message's id; tests find messages by it, so each form keeps its own. */
  errorId?: string;
  /** More classes beside `field`, e.g. `field--short`. */
  className?: string;
  /** One input, textarea or select; it gets the id and the aria attributes that tie it to hint and error. */
  children: ReactElement<ControlProps>;
}

/**
 * One labelled form control with its hint and its refusal. A screen reader hears the hint and the
 * message with the control (aria-describedby) and that the value was refused (aria-invalid).
 */
export function Field({ id, label, hint, error, errorId = `${id}-error`, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {error && (
        <p role="alert" id={errorId} className="alert alert--error field__error">
          {error}
        </p>
      )}
    </div>
  );
}
