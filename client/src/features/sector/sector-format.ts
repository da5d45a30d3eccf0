/** The scheme's own time zone: a certificate ending at midnight must not show the day before. */
const TIME_ZONE = 'Europe/Amsterdam';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of a moment (DateTimeISO), in Amsterdam: 3 maart 2027. */
export function formatDay(iso: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    dayFormats.set(locale, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/**
 * An average duration in the largest unit that keeps it readable (seconds in test runs, days in real
 * use), in the language's own words: "12,5 dagen", "3 hours".
 */
export function formatDuration(seconds: number, locale: string): string {
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, s]) => seconds >= 2 * s) ?? ['second', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(seconds / size);
}
