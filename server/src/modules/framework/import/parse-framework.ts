import { FrameworkImportFormat, IMPORT_LIMITS, type ImportResult } from './framework-import.types';
import { formatCount } from './import-errors';
import { parseFrameworkCsv } from './parse-framework-csv';
import { parseFrameworkJson } from './parse-framework-json';

/** Reads a framework file in the given format; pure, so every rule of the import can be tested without a database. */
export function parseFramework(format: FrameworkImportFormat, content: string): ImportResult {
  // The input rule already bounds the size; this keeps the reader safe when called from elsewhere.
  if (content.length > IMPORT_LIMITS.contentChars) {
    const message = `the file has ${formatCount(content.length)} characters; at most ${formatCount(IMPORT_LIMITS.contentChars)} are allowed`;
    return { ok: false, errors: [{ line: 1, field: '', message }], errorCount: 1 };
  }
  return format === FrameworkImportFormat.CSV ? parseFrameworkCsv(content) : parseFrameworkJson(content);
}
