/** The language a document is asked in: the locale's language part, nl or en. */
export function documentLang(locale: string): 'nl' | 'en' {
  return locale.startsWith('en') ? 'en' : 'nl';
}

/** The certificate document's address, in the reader's language. */
export function certificatePdfHref(number: string, locale: string): string {
  return `/certificates/${encodeURIComponent(number)}.pdf?lang=${documentLang(locale)}`;
}
