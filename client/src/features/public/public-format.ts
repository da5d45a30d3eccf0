const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of a moment, in the scheme's zone (Europe/Amsterdam), so midnight never shows the day before. */
export function formatDay(iso: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    dayFormats.set(locale, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
