import { IMPORT_LIMITS, type ImportError, type ImportProblemParams, type ImportResult, type ImportedFramework } from './framework-import.types';

/** Collects the problems of one file; problems are found out of line order (cross references), so they are sorted at the end. */
export class ImportErrors {
  private readonly list: ImportError[] = [];

  /** `problem` and `params`: the kind of problem and its data, for screens that word it themselves. */
  add(line: number, field: string, message: string, problem?: string, params?: ImportProblemParams): void {
    this.list.push({ line, field, message, ...(problem ? { problem, params: params ?? {} } : {}) });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  result(framework: ImportedFramework): ImportResult {
    if (!this.any) return { ok: true, framework };
    const sorted = this.list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.line - b.e.line || a.i - b.i)
      .map(({ e }) => e);
    return { ok: false, errors: sorted.slice(0, IMPORT_LIMITS.errors), errorCount: sorted.length };
  }
}

/** "line 7, field norm_code: …", the form used in the refusal's message. */
export function describeImportError(e: ImportError): string {
  return e.field ? `line ${e.line}, field ${e.field}: ${e.message}` : `line ${e.line}: ${e.message}`;
}

/** Formats a number the way the messages show limits (2,000). */
export const formatCount = (n: number) => n.toLocaleString('en-GB');
