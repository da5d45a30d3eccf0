import { CsvError, parse } from 'csv-parse/sync';

/**
 * CSV (RFC 4180), read by csv-parse: quoted fields, quotes doubled inside them, commas and line breaks
 * inside quotes, CRLF or LF (or a lone CR) between records. Every record carries the line it starts on, so
 * a problem can be reported on the line a person sees in their editor, even when an earlier field spans
 * several lines. Blank lines are skipped; a leading byte-order mark is ignored.
 *
 * Lines are counted here, from the byte offsets csv-parse reports, not taken from its `lines` count: that
 * count goes up twice for a CRLF inside a quoted field, which would put every later line one off. Its syntax
 * errors name the line where reading stopped (for a quote never closed: the end of the file), so the place
 * a person has to fix is found from the offsets too.
 */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Yields the records in order; throws CsvSyntaxError where the text is not CSV, after yielding the records
 * before that place, so their problems can be reported together with it.
 */
export function* csvRecords(text: string, delimiter = ','): Generator<CsvRecord> {
  const bytes = Buffer.from(text);
  const lines = new LineIndex(bytes);
  const records: { fields: string[]; end: number }[] = [];
  let failure: unknown = null;
  try {
    parse(bytes, {
      bom: true,
      delimiter,
      // Listed rather than detected: detection takes the first kind it sees and then ignores the others.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      // The reader compares each row with the header itself, naming the line.
      relax_column_count: true,
      // Collected as they come rather than returned: a syntax error further on would lose them.
      on_record: (fields: string[], info) => {
        records.push({ fields, end: info.bytes });
        return null;
      },
    });
  } catch (err) {
    failure = err;
  }

  // `info.bytes` is the offset just past a record's line break; the next record starts after any blank lines.
  let end = text.charCodeAt(0) === 0xfeff ? 3 : 0;
  for (const record of records) {
    yield { line: lines.lineOf(skipLineBreaks(bytes, end)), fields: record.fields };
    end = record.end;
  }
  if (failure !== null) throw locate(failure, bytes, lines, skipLineBreaks(bytes, end), delimiter);
}

/** The place a csv-parse error points at, as the line a person must fix and a message saying what to do. */
function locate(err: unknown, bytes: Buffer, lines: LineIndex, recordStart: number, delimiter: string): unknown {
  if (!(err instanceof CsvError)) return err;
  // csv-parse notes the offset of the last field delimiter it passed; the failing field starts after it.
  const width = Buffer.byteLength(delimiter);
  const noted = typeof err.bytes === 'number' ? err.bytes : recordStart;
  const fieldStart = noted >= recordStart && bytes.toString('utf8', noted, noted + width) === delimiter ? noted + width : recordStart;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new CsvSyntaxError(
        lines.lineOf(bytes.indexOf(QUOTE, fieldStart)),
        'a quoted field starts on this line but is never closed; add the closing quote (")',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new CsvSyntaxError(
        lines.lineOf(closingQuote(bytes, bytes.indexOf(QUOTE, fieldStart))),
        'text follows a closing quote; a quote inside a quoted field is written twice ("")',
      );
    case 'INVALID_OPENING_QUOTE':
      // An unquoted field cannot span lines, so the quote is on the line where the field starts.
      return new CsvSyntaxError(
        lines.lineOf(fieldStart),
        'a quote (") in the middle of an unquoted field; put the whole field in quotes, with no space before the opening quote, and write each quote inside it twice ("")',
      );
    default:
      return new CsvSyntaxError(lines.lineOf(recordStart), err.message.replace(/ (?:at|on) line \d+/, ''));
  }
}

/** The quote that closes the quoted field opened at `open`: the first one not doubled. */
function closingQuote(bytes: Buffer, open: number): number {
  let at = open + 1;
  for (;;) {
    const q = bytes.indexOf(QUOTE, at);
    if (q === -1) return open;
    if (bytes[q + 1] !== QUOTE) return q;
    at = q + 2;
  }
}

function skipLineBreaks(bytes: Buffer, at: number): number {
  while (bytes[at] === CR || bytes[at] === LF) at += 1;
  return at;
}

/** Byte offset → 1-based line, with CRLF, a lone CR and LF each ending one line, as editors count them. */
class LineIndex {
  private readonly starts = [0];

  constructor(bytes: Buffer) {
    for (let i = 0; i < bytes.length; i += 1) {
      if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) this.starts.push(i + 1);
    }
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
