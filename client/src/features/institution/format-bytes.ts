const UNITS = ['B', 'KB', 'MB', 'GB'];

/** 1,5 MB, 820 KB: sizes as people read them, in the language's number format. */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit > 1 ? 1 : 0 }).format(value)} ${UNITS[unit]}`;
}
