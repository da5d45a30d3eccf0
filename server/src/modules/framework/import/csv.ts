/**
 * A small RFC 4180 reader that keeps line numbers: quoted fields, quotes doubled inside them, commas and
 * line breaks inside quotes, CRLF or LF (or a lone CR) between records. Every record carries the line it
 * starts on, so a problem can be reported on the line a person sees in their editor, even when an earlier
 * field spans several lines. Blank lines are skipped; a leading byte-order mark is ignored.
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

/** Yields the records one by one, so a reader can stop early; throws CsvSyntaxError where the text is not CSV. */
export function* csvRecords(text: string, delimiter = ','): Generator<CsvRecord> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let quoted = false;
    for (;;) {
      if (text[i] === '"') {
        quoted = true;
        const openedOn = line;
        let value = '';
        let start = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            throw new CsvSyntaxError(openedOn, 'a quoted field starts on this line but is never closed; add the closing quote (")');
          }
          line += lineBreaks(text, i, q);
          if (text[q + 1] === '"') {
            value += text.slice(start, q + 1);
            i = start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          i = q + 1;
          break;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          throw new CsvSyntaxError(line, 'text follows a closing quote; a quote inside a quoted field is written twice ("")');
        }
        fields.push(value);
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') {
          if (text[j] === '"') {
            throw new CsvSyntaxError(
              line,
              'a quote (") in the middle of an unquoted field; put the whole field in quotes, with no space before the opening quote, and write each quote inside it twice ("")',
            );
          }
          j += 1;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text[i] === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i += 1;
    line += 1;
    if (fields.length === 1 && fields[0] === '' && !quoted) continue;
    yield { line: recordLine, fields };
  }
}

/** Line breaks in text[from, to): CRLF counts once, a lone CR or LF once each. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 10) count += 1;
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) count += 1;
  }
  return count;
}
