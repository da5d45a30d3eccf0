import { commonTexts } from '../i18n/common';
import i18n, { currentLang } from '../i18n/i18n';

/** What the words of a refusal are made from: the server's code, field, extensions and (English) message. */
export interface RefusalParts {
  code: string;
  field?: string;
  details: Record<string, unknown>;
  /** The server's own message, in English: the API words its refusals for integrators. */
  serverMessage?: string;
}

type RefusalKey = keyof (typeof commonTexts)['nl']['refusals'];
const REFUSAL_KEYS = new Set<string>(Object.keys(commonTexts.nl.refusals));
type Rule = keyof (typeof commonTexts)['nl']['rules'];
type FieldName = keyof (typeof commonTexts)['nl']['fieldNames'];
const isRule = (rule: unknown): rule is Rule => typeof rule === 'string' && Object.hasOwn(commonTexts.nl.rules, rule);
const isFieldName = (field: string): field is FieldName => Object.hasOwn(commonTexts.nl.fieldNames, field);
/** The language the server words its messages in; a screen in it may show them as they are. */
const SERVER_LANG = 'en';

/** The norms a refusal names as still unscored (`extensions.unscoredNormCodes`), or none. */
export function unscoredNormCodes(error: { details: Record<string, unknown> }): string[] {
  const codes = error.details.unscoredNormCodes;
  return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [];
}

/** How long the server asks to wait before the next attempt, when it says so. */
export function retryAfterSeconds(refusal: RefusalParts): number | null {
  const seconds = Number(refusal.details.retryAfterSeconds);
  return refusal.code === 'RATE_LIMITED' && Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** A wait in words: "40 seconden", "5 minutes"; rounded up, never "0". */
export function waitInWords(seconds: number, locale: string): string {
  const [amount, unit] = seconds < 90 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** The dictionary entry for a refusal, where one fits better than the server's (English) message. */
export function refusalKey(refusal: RefusalParts): RefusalKey | null {
  if (refusal.code === 'UNAUTHENTICATED' && refusal.field === 'password') return 'BAD_LOGIN';
  if (retryAfterSeconds(refusal) !== null) return 'RATE_LIMITED_WAIT';
  if (refusal.code === 'INCOMPLETE') return unscoredNormCodes(refusal).length > 0 ? 'INCOMPLETE_NORMS' : null;
  return REFUSAL_KEYS.has(refusal.code) ? (refusal.code as RefusalKey) : null;
}

/** The code's own dictionary text, with what it names filled in. */
export function keyedRefusalText(key: RefusalKey, refusal: RefusalParts): string {
  const wait = retryAfterSeconds(refusal);
  return i18n.t(`refusals.${key}`, { norms: unscoredNormCodes(refusal).join(', '), wait: wait === null ? '' : waitInWords(wait, i18n.t('locale')) });
}

/**
 * The broken rule in words (`extensions.rule`: class-validator's or one of the domain's), with its number
 * where it has one and the people or codes it names.
 */
function ruleText(refusal: RefusalParts): string | null {
  const { rule, limit, name, names } = refusal.details;
  if (refusal.code !== 'BAD_USER_INPUT' || !isRule(rule)) return null;
  return i18n.t(`rules.${rule}`, {
    limit: typeof limit === 'number' ? limit.toLocaleString(i18n.t('locale')) : '',
    name: typeof name === 'string' ? name : '',
    names: typeof names === 'string' ? names : '',
  });
}

/** A sentence in the reader's language for a refusal the dictionary has no words for: the field it names, or its kind. */
function genericText(refusal: RefusalParts): string {
  if (refusal.code === 'BAD_USER_INPUT' || (refusal.code === 'NOT_FOUND' && refusal.field)) {
    if (!refusal.field) return i18n.t('refusalGeneric.input');
    const { field } = refusal;
    return isFieldName(field) ? i18n.t('refusalGeneric.fieldNamed', { field: i18n.t(`fieldNames.${field}`) }) : i18n.t('refusalGeneric.field');
  }
  if (refusal.code === 'INCOMPLETE' || refusal.code === 'QUOTA_EXCEEDED') return i18n.t(`refusalGeneric.${refusal.code}`);
  return i18n.t('refusalGeneric.other');
}

/**
 * A refusal in the reader's language: the dictionary's words for its code, else for the input rule it
 * names, else the server's own message on a screen in the server's language (English, with the
 * specifics it names), else a sentence in the reader's language naming the field. Never the English
 * message on a Dutch screen.
 */
export function refusalWords(refusal: RefusalParts): string {
  const key = refusalKey(refusal);
  if (key) return keyedRefusalText(key, refusal);
  const rule = ruleText(refusal);
  if (rule) return rule;
  if (refusal.code === 'NETWORK') return i18n.t('errors.network');
  if (refusal.code === 'UNKNOWN' || refusal.code === 'INTERNAL_SERVER_ERROR') return i18n.t('errors.unexpected');
  if (refusal.serverMessage && currentLang() === SERVER_LANG) return refusal.serverMessage;
  return genericText(refusal);
}
