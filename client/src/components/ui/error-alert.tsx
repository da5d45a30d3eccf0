import { unscoredNormCodes, type UserError } from '../../lib/errors';
import { useTranslation } from 'react-i18next';
import { commonTexts } from '../../i18n/common';

/**
 * The words for a failure: the dictionary's text for the refusal's code in the chosen language, else the
 * server's own message, else a generic text.
 */
export function useErrorText(): (error: UserError) => string {
  const { t } = useTranslation();
  return (error) => {
    const key = refusalKey(error);
    if (key) return t(`refusals.${key}`, { norms: unscoredNormCodes(error).join(', ') });
    if (error.message) return error.message;
    return error.code === 'NETWORK' ? t('errors.network') : t('errors.unexpected');
  };
}

type RefusalKey = keyof (typeof commonTexts)['nl']['refusals'];
const REFUSAL_KEYS = new Set<string>(Object.keys(commonTexts.nl.refusals));

/** The dictionary entry for a refusal, where one fits better than the server's (English) message. */
function refusalKey(error: UserError): RefusalKey | null {
  if (error.code === 'UNAUTHENTICATED' && error.field === 'password') return 'BAD_LOGIN';
  if (error.code === 'INCOMPLETE') return unscoredNormCodes(error).length > 0 ? 'INCOMPLETE_NORMS' : null;
  return REFUSAL_KEYS.has(error.code) ? (error.code as RefusalKey) : null;
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
