import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** The id of the control the error is about; without one the error concerns the whole form. */
  fieldId?: string;
  text: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  /** Changes with every attempt to send the form: the summary then takes focus, so it is read first. */
  attempt: string | number;
  id?: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  // Not a navigation: the router would take the hash for a route. Focus the control, with its label in view.
  event.preventDefault();
  const control = document.getElementById(fieldId);
  if (!control) return;
  control.focus();
  (control.closest('.field, fieldset') ?? control).scrollIntoView({ block: 'center' });
}

/**
 * The GOV.UK error summary: at the top of a form that could not be sent, every problem as a link that
 * moves focus to its field. Each field also shows its own message beside it.
 */
export function ErrorSummary({ errors, attempt, id }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div ref={box} role="alert" id={id} className="error-summary" tabIndex={-1} aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 className="error-summary__title" id={id ? `${id}-title` : undefined}>
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${error.fieldId ?? ''}-${index}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId!)}>
                {error.text}
              </a>
            ) : (
              error.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
