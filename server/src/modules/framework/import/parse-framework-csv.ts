import { csvRecords, CsvSyntaxError, type CsvRecord } from './csv';
import { FrameworkAssembler } from './framework-assembler';
import type { ImportResult, Located } from './framework-import.types';
import { ImportErrors } from './import-errors';

/**
 * Reads the CSV form: a header line, then one row per norm. The category is repeated on each row (its
 * title is needed on one row only). The competencies cell lists codes separated by ; or |, each either
 * CODE=Title or just CODE when its title is given on another row. Problems are reported on the line
 * where the row starts, with the column as field.
 */

export const CSV_COLUMNS = [
  'category_code',
  'category_title',
  'norm_code',
  'norm_title',
  'description',
  'guidance',
  'example_evidence',
  'competencies',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Guidance, example evidence and competencies may be left out of the file altogether. */
const REQUIRED_COLUMNS: readonly Column[] = ['category_code', 'category_title', 'norm_code', 'norm_title', 'description'];
const COMPETENCY_SEPARATOR = /[;|]/;

export function parseFrameworkCsv(content: string): ImportResult {
  const errors = new ImportErrors();
  const assembler = new FrameworkAssembler(
    errors,
    (code) => `unknown competency code ${code}; give its title once, as ${code}=Title, in the competencies column of some row`,
  );
  try {
    const records = csvRecords(content);
    const first = records.next();
    if (first.done) {
      errors.add(1, '', `the file is empty; its first line must be the header ${CSV_COLUMNS.join(',')}`, 'emptyFile', { columns: CSV_COLUMNS.join(',') });
      return assembler.finish();
    }
    const columns = readHeader(first.value, errors);
    // Without a usable header no row can be read, and every row would only repeat the header's problem.
    if (!columns) return assembler.finish();
    for (const record of records) {
      readRow(record, columns, assembler, errors);
      if (assembler.full) break;
    }
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    errors.add(err.line, '', `not valid CSV: ${err.message}`, 'notCsv');
  }
  return assembler.finish();
}

/** Column name → index; names are matched without regard to case, spaces or hyphens. */
function readHeader(header: CsvRecord, errors: ImportErrors): Map<Column, number> | null {
  const expected = `the header must name the columns ${CSV_COLUMNS.join(',')}`;
  if (header.fields.length === 1 && header.fields[0].includes(';')) {
    errors.add(header.line, '', `the header has no commas but semicolons; save the file as comma-separated CSV (${expected})`, 'semicolons', { columns: CSV_COLUMNS.join(',') });
    return null;
  }
  const columns = new Map<Column, number>();
  let ok = true;
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.add(header.line, raw.trim() || `column ${index + 1}`, `unknown column "${raw.trim()}"; ${expected}`, 'unknownColumn', { column: raw.trim(), columns: CSV_COLUMNS.join(',') });
      ok = false;
    } else if (columns.has(name as Column)) {
      errors.add(header.line, name, `column ${name} appears twice in the header`, 'columnTwice', { column: name });
      ok = false;
    } else {
      columns.set(name as Column, index);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.has(column)) {
      errors.add(header.line, column, `column ${column} is missing from the header; ${expected}`, 'missingColumn', { column, columns: CSV_COLUMNS.join(',') });
      ok = false;
    }
  }
  return ok ? columns : null;
}

function readRow(record: CsvRecord, columns: Map<Column, number>, assembler: FrameworkAssembler, errors: ImportErrors): void {
  if (record.fields.length !== columns.size) {
    errors.add(
      record.line,
      '',
      `this row has ${record.fields.length} fields but the header has ${columns.size}; a comma may be missing or extra, or a text containing a comma needs quotes`,
      'fieldCount',
      { fields: record.fields.length, columns: columns.size },
    );
    return;
  }
  const cell = (column: Column): Located => {
    const index = columns.get(column);
    return { text: index === undefined ? '' : record.fields[index], line: record.line, field: column };
  };

  const categoryCode = assembler.addCategory({ code: cell('category_code'), title: cell('category_title'), titleMayBeElsewhere: true });
  const competencies: Located[] = [];
  for (const token of cell('competencies').text.split(COMPETENCY_SEPARATOR)) {
    if (token.trim() === '') continue;
    const at = (text: string): Located => ({ text, line: record.line, field: 'competencies' });
    const eq = token.indexOf('=');
    if (eq === -1) {
      competencies.push(at(token));
      continue;
    }
    const code = at(token.slice(0, eq));
    // A code that is itself unusable was reported by the definition; it is not referred to as well.
    if (assembler.defineCompetency({ code, title: at(token.slice(eq + 1)), mayRepeat: true }) !== null) competencies.push(code);
  }
  assembler.addNorm(categoryCode, {
    line: record.line,
    code: cell('norm_code'),
    title: cell('norm_title'),
    description: cell('description'),
    guidance: cell('guidance'),
    exampleEvidence: cell('example_evidence'),
    competencies,
  });
}
