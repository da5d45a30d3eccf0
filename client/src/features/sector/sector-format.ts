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

const DAY = 86_400;
/** Calendar units on average: a month is a twelfth of a year of 365.25 days. */
const UNITS: [Intl.NumberFormatOptions['unit'] & string, number][] = [
  ['year', 365.25 * DAY],
  ['month', (365.25 / 12) * DAY],
  ['day', DAY],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

export interface ReadableDuration {
  /** At most two units, in the language's own words: "3 maanden en 4 dagen", "2 hours and 5 minutes". */
  text: string;
  /** True when rounding to those units left something out, so a screen can say "about". */
  approximate: boolean;
}

/**
 * A duration as people say it: the largest unit that fits and the next one down, rounded, joined the
 * language's way. Seconds only show up in test runs, where the scheme's durations are seconds.
 */
export function readableDuration(seconds: number, locale: string): ReadableDuration {
  const total = Math.max(0, seconds);
  const count = (unit: string, n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  const index = UNITS.findIndex(([, size]) => total >= size);
  // Under a minute there is no smaller unit to add: whole seconds.
  if (index === -1 || index === UNITS.length - 1) return { text: count('second', Math.round(total)), approximate: false };
  const [bigUnit, bigSize] = UNITS[index];
  const [smallUnit, smallSize] = UNITS[index + 1];
  let big = Math.floor(total / bigSize);
  let small = Math.round((total - big * bigSize) / smallSize);
  // As close to a whole bigger unit as the smaller one can say: "2 months", not "1 month and 30 days".
  if (small * smallSize >= bigSize - smallSize / 2) {
    big += 1;
    small = 0;
    // 60 minutes is an hour, 12 months a year: said in the bigger unit.
    if (index > 0 && big * bigSize >= UNITS[index - 1][1] - 1) return { text: readableDuration(big * bigSize, locale).text, approximate: true };
  }
  const approximate = Math.abs(total - big * bigSize - small * smallSize) > 0.05 * smallSize;
  const parts = small > 0 ? [count(bigUnit, big), count(smallUnit, small)] : [count(bigUnit, big)];
  return { text: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts), approximate };
}
