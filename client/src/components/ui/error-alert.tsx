import type { UserError } from '../../lib/errors';
import { useI18n } from '../../lib/i18n-context';

/**
 * The words for a failure: the dictionary's text for the refusal's code in the chosen language, else the
 * server's own message, else a generic text.
 */
export function useErrorText(): (error: UserError) => string {
  const { t } = useI18n();
  return (error) => {
    const refusal = t.refusals[error.code];
    if (refusal) return refusal({ ...error.details, field: error.field });
    if (error.message) return error.message;
    return error.code === 'NETWORK' ? t.errors.network : t.errors.unexpected;
  };
}

interface ErrorAlertProps {
  error: UserError;
  id?: string;
  className?: string;
}

/** role="alert" so the message is read out the moment it appears, wherever focus is. */
export function ErrorAlert({ error, id, className }: ErrorAlertProps) {
  const text = useErrorText();
  return (
    <p role="alert" id={id} className={['alert', 'alert--error', className].filter(Boolean).join(' ')}>
      {text(error)}
    </p>
  );
}
