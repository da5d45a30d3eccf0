import i18n from './i18n';

/**
 * The shape of one language's texts, taken from the Dutch original: the English dictionary must have the
 * same keys (a missing or extra key fails the type check), with any words as values.
 */
export type Dictionary<T> = { [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]> };

/** Both languages of one namespace. */
export interface Texts<T> {
  nl: T;
  en: Dictionary<T>;
}

/**
 * Adds a namespace's texts to i18next. A party's screens call this when their code loads, so the login
 * page does not carry the words of screens it never shows.
 */
export function registerTexts<T extends object>(namespace: string, texts: Texts<T>): void {
  if (i18n.hasResourceBundle('nl', namespace)) return;
  i18n.addResourceBundle('nl', namespace, texts.nl);
  i18n.addResourceBundle('en', namespace, texts.en);
}
