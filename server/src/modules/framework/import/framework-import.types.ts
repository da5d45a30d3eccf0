/**
 * What a framework import produces: either the framework, ready to store, or every problem found, each
 * with the line of the file it is on, so the sector body can fix the file in one pass.
 */

export enum FrameworkImportFormat {
  JSON = 'JSON',
  CSV = 'CSV',
}

/** One problem in the file. `field` is a CSV column or a JSON path; empty when the line as a whole is wrong. */
export interface ImportError {
  line: number;
  field: string;
  /** In English, for API clients. */
  message: string;
  /** A stable name of the kind of problem, with its data, so a screen words it in its reader's language. */
  problem?: string;
  params?: ImportProblemParams;
}

export type ImportProblemParams = Record<string, string | number>;

export interface ImportedCompetency {
  code: string;
  title: string;
}

export interface ImportedNorm {
  code: string;
  title: string;
  description: string;
  guidance: string;
  exampleEvidence: string;
  competencyCodes: string[];
}

export interface ImportedCategory {
  code: string;
  title: string;
  norms: ImportedNorm[];
}

/** In file order; positions are the index in these lists. */
export interface ImportedFramework {
  categories: ImportedCategory[];
  competencies: ImportedCompetency[];
}

export type ImportResult =
  | { ok: true; framework: ImportedFramework }
  /** `errors` is sorted by line and capped at IMPORT_LIMITS.errors; `errorCount` is the full number. */
  | { ok: false; errors: ImportError[]; errorCount: number };

/**
 * Bounds that keep one import a single reasonable transaction. The known KSSW versions have about 50
 * norms in 3 categories and 10 competencies, so these leave ample room.
 */
export const IMPORT_LIMITS = {
  contentChars: 2_000_000,
  norms: 2_000,
  categories: 200,
  competencies: 200,
  errors: 100,
  codeChars: 40,
  titleChars: 500,
  textChars: 20_000,
} as const;

/** A text value as found in the file, with where it was found. `reported` means the parser already said what is wrong with it. */
export interface Located {
  text: string;
  line: number;
  field: string;
  reported?: boolean;
}
