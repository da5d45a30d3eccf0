import {
  IMPORT_LIMITS,
  type ImportedCategory,
  type ImportedCompetency,
  type ImportedNorm,
  type ImportProblemParams,
  type ImportResult,
  type Located,
} from './framework-import.types';
import { formatCount, ImportErrors } from './import-errors';

/**
 * The checks both file formats share: required fields, code syntax, lengths, duplicate codes, one title
 * per category and competency, and competency references that resolve. The JSON and CSV readers only
 * find the values and their lines; what makes a framework valid is decided here, once.
 */

// Codes appear in CSV cells split on ; | and =, and in screens and reports, so they stay plain.
const CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u;
// PostgreSQL text cannot hold NUL; found here it gets a line number instead of failing the whole write.
const NUL = '\u0000';

export interface CategoryDraft {
  code: Located;
  title: Located;
  /** CSV repeats the category on every row; its title is needed on one of them only. */
  titleMayBeElsewhere?: boolean;
}

export interface NormDraft {
  line: number;
  code: Located;
  title: Located;
  description: Located;
  guidance: Located;
  exampleEvidence: Located;
  /** Each a competency code, as written. */
  competencies: Located[];
}

export interface CompetencyDraft {
  code: Located;
  title: Located;
  /** CSV may give the same `CODE=Title` on several rows; a JSON list names each competency once. */
  mayRepeat: boolean;
}

interface CategoryState {
  code: string;
  line: number;
  titleField: string;
  title: string | null;
  titleLine: number;
  norms: ImportedNorm[];
}

interface CompetencyRef {
  code: string;
  line: number;
  field: string;
}

export class FrameworkAssembler {
  private readonly categories = new Map<string, CategoryState>();
  private readonly competencies = new Map<string, ImportedCompetency & { line: number }>();
  private readonly normLines = new Map<string, number>();
  private readonly references: CompetencyRef[] = [];
  private readonly badlyDefined = new Set<string>();
  private normCount = 0;
  private tooMany = false;
  private competencyLimitReported = false;
  private categoryLimitReported = false;

  constructor(
    readonly errors: ImportErrors,
    /** Tells how to fix an unknown competency code in this format. */
    private readonly unknownCompetencyHint: (code: string) => string,
  ) {}

  /** True once the norm limit was passed; readers stop there, as the rest would only add noise. */
  get full(): boolean {
    return this.tooMany;
  }

  /** Returns the code when it is usable (even if the title is not), so a reader can refer to it. */
  defineCompetency(d: CompetencyDraft): string | null {
    const code = this.code(d.code, 'competency code');
    const title = this.text(d.title, 'competency title', { required: true, max: IMPORT_LIMITS.titleChars });
    if (code === null) return null;
    if (title === null) {
      // Its title was reported already; references to it are not also "unknown".
      this.badlyDefined.add(code);
      return code;
    }
    const known = this.competencies.get(code);
    if (known) {
      if (!d.mayRepeat) {
        this.errors.add(d.code.line, d.code.field, `competency code ${code} is listed twice (also on line ${known.line}); each competency needs its own code`, 'competencyTwice', { code, line: known.line });
      } else if (known.title !== title) {
        this.errors.add(
          d.title.line,
          d.title.field,
          `competency ${code} is titled "${short(known.title)}" on line ${known.line} but "${short(title)}" here; use one title per competency code`,
          'competencyTitles',
          { code, line: known.line, first: short(known.title), here: short(title) },
        );
      }
      return code;
    }
    if (this.competencies.size >= IMPORT_LIMITS.competencies && !this.competencyLimitReported) {
      this.competencyLimitReported = true;
      this.errors.add(d.code.line, d.code.field, `more than ${formatCount(IMPORT_LIMITS.competencies)} competencies; a version may have at most that many`, 'tooManyCompetencies', { max: IMPORT_LIMITS.competencies });
    }
    // Kept even past the limit, so references to it are not also reported as unknown.
    this.competencies.set(code, { code, title, line: d.code.line });
    return code;
  }

  /** Registers a category (or finds it again) and returns its code, or null when its code is unusable. */
  addCategory(d: CategoryDraft): string | null {
    const code = this.code(d.code, 'category code');
    const titleEmpty = !d.title.reported && d.title.text.trim() === '';
    const title =
      titleEmpty && d.titleMayBeElsewhere ? null : this.text(d.title, 'category title', { required: true, max: IMPORT_LIMITS.titleChars });
    if (code === null) return null;
    let category = this.categories.get(code);
    if (!category) {
      if (this.categories.size >= IMPORT_LIMITS.categories) {
        if (!this.categoryLimitReported) {
          this.categoryLimitReported = true;
          this.errors.add(d.code.line, d.code.field, `more than ${formatCount(IMPORT_LIMITS.categories)} categories; a version may have at most that many`, 'tooManyCategories', { max: IMPORT_LIMITS.categories });
        }
        return null;
      }
      category = { code, line: d.code.line, titleField: d.title.field, title: null, titleLine: d.title.line, norms: [] };
      this.categories.set(code, category);
    }
    if (title) {
      if (category.title === null) {
        category.title = title;
        category.titleLine = d.title.line;
      } else if (category.title !== title) {
        this.errors.add(
          d.title.line,
          d.title.field,
          `category ${code} is titled "${short(category.title)}" on line ${category.titleLine} but "${short(title)}" here; use one title per category code, or another code`,
          'categoryTitles',
          { code, line: category.titleLine, first: short(category.title), here: short(title) },
        );
      }
    }
    return code;
  }

  /** Adds a norm to a category registered before; with `categoryCode` null its fields are still checked. */
  addNorm(categoryCode: string | null, d: NormDraft): void {
    if (this.tooMany) return;
    this.normCount += 1;
    if (this.normCount > IMPORT_LIMITS.norms) {
      this.tooMany = true;
      this.errors.add(d.line, '', `more than ${formatCount(IMPORT_LIMITS.norms)} norms; a version may have at most that many, so the rest of the file was not read`, 'tooManyNorms', { max: IMPORT_LIMITS.norms });
      return;
    }
    const code = this.code(d.code, 'norm code');
    const title = this.text(d.title, 'norm title', { required: true, max: IMPORT_LIMITS.titleChars });
    const description = this.text(d.description, 'norm description', { required: true, max: IMPORT_LIMITS.textChars });
    const guidance = this.text(d.guidance, 'guidance', { required: false, max: IMPORT_LIMITS.textChars });
    const exampleEvidence = this.text(d.exampleEvidence, 'example evidence', { required: false, max: IMPORT_LIMITS.textChars });
    const competencyCodes: string[] = [];
    for (const ref of d.competencies) {
      const c = this.code(ref, 'competency code');
      if (c === null) continue;
      this.references.push({ code: c, line: ref.line, field: ref.field });
      // Naming a competency twice on one norm is harmless; it is linked once.
      if (!competencyCodes.includes(c)) competencyCodes.push(c);
    }

    if (code !== null) {
      const seen = this.normLines.get(code);
      if (seen !== undefined) {
        this.errors.add(d.code.line, d.code.field, `norm code ${code} is used twice (also on line ${seen}); each norm needs its own code`, 'normTwice', { code, line: seen });
      } else {
        this.normLines.set(code, d.code.line);
      }
    }
    const category = categoryCode === null ? undefined : this.categories.get(categoryCode);
    if (!category || code === null || title === null || description === null || guidance === null || exampleEvidence === null) return;
    category.norms.push({ code, title, description, guidance, exampleEvidence, competencyCodes });
  }

  finish(): ImportResult {
    for (const c of this.categories.values()) {
      if (c.title === null) {
        this.errors.add(c.line, c.titleField, `category ${c.code} has no title; give its title on at least one of its rows`, 'categoryUntitled', { code: c.code });
      }
    }
    for (const ref of this.references) {
      if (!this.competencies.has(ref.code) && !this.badlyDefined.has(ref.code)) this.errors.add(ref.line, ref.field, this.unknownCompetencyHint(ref.code), 'unknownCompetency', { code: ref.code });
    }
    const categories: ImportedCategory[] = [...this.categories.values()].map((c) => ({ code: c.code, title: c.title ?? '', norms: c.norms }));
    const competencies = [...this.competencies.values()].map(({ code, title }) => ({ code, title }));
    return this.errors.result({ categories, competencies });
  }

  /** A list of the known competency codes, for messages. */
  knownCompetencyCodes(): string {
    const codes = [...this.competencies.keys()];
    if (codes.length === 0) return 'none are defined';
    return codes.length <= 12 ? codes.join(', ') : `${codes.slice(0, 12).join(', ')}, …`;
  }

  private code(loc: Located, what: string): string | null {
    if (loc.reported) return null;
    const code = loc.text.trim();
    if (code === '') return this.fail(loc, `${what} is missing or empty`, 'missing', { what });
    if (code.length > IMPORT_LIMITS.codeChars) {
      return this.fail(loc, `${what} "${short(code)}" is longer than ${IMPORT_LIMITS.codeChars} characters`, 'codeTooLong', { what, code: short(code), max: IMPORT_LIMITS.codeChars });
    }
    if (!CODE_PATTERN.test(code)) {
      return this.fail(loc, `${what} "${short(code)}" may contain only letters, digits and . - _ / (no spaces), starting with a letter or digit`, 'codeCharacters', {
        what,
        code: short(code),
      });
    }
    return code;
  }

  private text(loc: Located, what: string, rule: { required: boolean; max: number }): string | null {
    if (loc.reported) return null;
    const text = loc.text.replace(/\r\n?/g, '\n').trim();
    if (rule.required && text === '') return this.fail(loc, `${what} is missing or empty`, 'missing', { what });
    if (text.includes(NUL)) return this.fail(loc, `${what} contains the NUL character, which cannot be stored; remove it`, 'nulCharacter', { what });
    if (text.length > rule.max) {
      return this.fail(loc, `${what} is ${formatCount(text.length)} characters long; at most ${formatCount(rule.max)} are allowed`, 'textTooLong', {
        what,
        length: text.length,
        max: rule.max,
      });
    }
    return text;
  }

  /** `what` in `params` is the part of the file as named in the English message ("norm title"). */
  private fail(loc: Located, message: string, problem: string, params: ImportProblemParams): null {
    this.errors.add(loc.line, loc.field, message, problem, params);
    return null;
  }
}

/** Quotes in messages stay short, so one long cell does not flood the list. */
function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
