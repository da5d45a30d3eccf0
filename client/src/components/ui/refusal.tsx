import { useTranslation } from 'react-i18next';
import { commonTexts } from '../../i18n/common';
import { unscoredNormCodes, type UserError } from '../../lib/errors';

type RefusalKey = keyof (typeof commonTexts)['nl']['refusals'];
const REFUSAL_KEYS = new Set<string>(Object.keys(commonTexts.nl.refusals));

/** How long the server asks to wait before the next attempt, when it says so. */
function retryAfterSeconds(refusal: UserError): number | null {
  const seconds = Number(refusal.details.retryAfterSeconds);
  return refusal.code === 'RATE_LIMITED' && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** A wait in words: "40 seconden", "5 minutes"; rounded up, never "0". */
function waitInWords(seconds: number, locale: string): string {
  const [amount, unit] = seconds < 90 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** The dictionary entry for a refusal, where one fits better than the server's (English) message. */
function refusalKey(refusal: UserError): RefusalKey | null {
  if (refusal.code === 'UNAUTHENTICATED' && refusal.field === 'password') return 'BAD_LOGIN';
  if (retryAfterSeconds(refusal) !== null) return 'RATE_LIMITED_WAIT';
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
    const wait = retryAfterSeconds(refusal);
    if (key) return t(`refusals.${key}`, { norms: unscoredNormCodes(refusal).join(', '), wait: wait === null ? '' : waitInWords(wait, t('locale')) });
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
