import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV in UTF-8: a header row, CRLF line ends, quotes where a cell needs them, booleans as
 * `true`/`false`. `columns` gives each record key its header text (the key itself when the same). `bom`
 * starts the text with a byte-order mark, which spreadsheet programs need to read UTF-8 as UTF-8.
 */
export function csvText<K extends string>(
  records: readonly Record<K, string | boolean | null>[],
  columns: readonly { key: K; header?: string }[],
  options: { bom?: boolean } = {},
): string {
  return stringify(records as Record<K, unknown>[], {
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.header ?? c.key })),
    record_delimiter: 'windows',
    bom: options.bom ?? false,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
