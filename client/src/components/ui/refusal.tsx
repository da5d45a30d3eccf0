import { useTranslation } from 'react-i18next';
import { commonTexts } from '../../i18n/common';
import { unscoredNormCodes, type UserError } from '../../lib/errors';

type RefusalKey = keyof (typeof commonTexts)['nl']['refusals'];
const REFUSAL_KEYS = new Set<string>(Object.keys(commonTexts.nl.refusals));

/** The dictionary entry for a refusal, where one fits better than the server's (English) message. */
function refusalKey(refusal: UserError): RefusalKey | null {
  if (refusal.code === 'UNAUTHENTICATED' && refusal.field === 'password') return 'BAD_LOGIN';
  if (refusal.code === 'INCOMPLETE') return unscoredNormCodes(refusal).length > 0 ? 'INCOMPLETE_NORMS' : null;
  return REFUSAL_KEYS.has(refusal.code) ? (refusal.code as RefusalKey) : null;
}

/**
 * The words for a refusal: the dictionary's text for its `extensions.code` in the reader's language, else
 * the server's own message, else a generic text.
 */
export function useRefusalText(): (refusal: UserError) => string {
  const { t } = useTranslation();
  return (refusal) => {
    const key = refusalKey(refusal);
    if (key) return t(`refusals.${key}`, { norms: unscoredNormCodes(refusal).join(', ') });
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
