import { useTranslation } from 'react-i18next';
import type { UserError } from '../../lib/errors';
import { keyedRefusalText, refusalKey } from '../../lib/refusal-words';

/**
 * The words for a refusal: the dictionary's text for its `extensions.code` in the reader's language, else
 * its message (a server refusal's is worded in the reader's language too), else a generic text.
 */
export function useRefusalText(): (refusal: UserError) => string {
  // Subscribes the screen to the language, so the words change with it.
  const { t } = useTranslation();
  return (refusal) => {
    const key = refusalKey(refusal);
    if (key) return keyedRefusalText(key, refusal);
    if (refusal.message) return refusal.message;
    return refusal.code === 'NETWORK' ? t('errors.network') : t('errors.unexpected');
  };
}

interface RefusalProps {
  refusal: UserError;
  id?: string;
  className?: string;
  /** A screen's own words for some refusals (e.g. a field's rule); anything else gets the shared words. */
  text?: (refusal: UserError) => string;
}

/** A refusal in words; role="alert" so it is read out the moment it appears, wherever focus is. */
export function Refusal({ refusal, id, className, text }: RefusalProps) {
  const shared = useRefusalText();
  return (
    <p role="alert" id={id} className={['alert', 'alert--error', className].filter(Boolean).join(' ')}>
      {(text ?? shared)(refusal)}
    </p>
  );
}
