/** The certificate document's address, in the reader's language (the locale's language part: nl or en). */
export function certificatePdfHref(number: string, locale: string): string {
  return `/certificates/${encodeURIComponent(number)}.pdf?lang=${locale.startsWith('en') ? 'en' : 'nl'}`;
}
