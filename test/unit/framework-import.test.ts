import 'reflect-metadata';
import { AwardRule, DurationUnit, peerAuditorTrainingValidity, peerGroupWindows, PLACEHOLDER_RULES, type SchemeRulesInput } from '../../server/src/modules/framework/framework-rules';
import { csvRecords, CsvSyntaxError } from '../../server/src/modules/framework/import/csv';
import { FrameworkImportFormat, IMPORT_LIMITS, type ImportResult } from '../../server/src/modules/framework/import/framework-import.types';
import { describeImportError } from '../../server/src/modules/framework/import/import-errors';
import { parseFramework } from '../../server/src/modules/framework/import/parse-framework';
import { parseFrameworkCsv } from '../../server/src/modules/framework/import/parse-framework-csv';
import { parseFrameworkJson } from '../../server/src/modules/framework/import/parse-framework-json';
import { JsonSyntaxError, parseJsonWithLines } from '../../server/src/modules/framework/import/json-with-lines';
import { toStoredRules, validateSchemeRules } from '../../server/src/modules/framework/scheme-rules-validation';
import { peerGroupDurationsFrom } from '../../server/src/modules/peer-review/peer-group-durations';

/** Every text here is test content ("Testnorm"), not the official norms. */

const HEADER = 'category_code,category_title,norm_code,norm_title,description,guidance,example_evidence,competencies';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

/** The problems as an API client reads them: line, field and the English message. */
function errorsOf(result: ImportResult) {
  return problemsOf(result).map(({ line, field, message }) => ({ line, field, message }));
}

function problemsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

function frameworkOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.framework;
}

describe('the CSV reader (RFC 4180)', () => {
  const read = (text: string) => [...csvRecords(text)];

  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF between records', () => {
    const text = 'a,"b, c","say ""hi"""\r\n"multi\r\nline",x,""\r\nlast,row,end';
    expect(read(text)).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['multi\r\nline', 'x', ''] },
      { line: 4, fields: ['last', 'row', 'end'] },
    ]);
  });

  it('gives each record the line it starts on, after fields that span lines', () => {
    const text = 'h1,h2\n"one\ntwo\nthree",x\nnext,y\n';
    expect(read(text).map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('skips blank lines and a byte-order mark, and keeps empty fields', () => {
    expect(read('\uFEFFa,b\n\n,\n\r\nc,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
      { line: 5, fields: ['c', ''] },
    ]);
  });

  it('reports a quote that is never closed on the line where it opened', () => {
    expect(() => read('a,b\nc,"open\nmore\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringContaining('never closed') }));
  });

  it('refuses a quote inside an unquoted field and text after a closing quote, with their lines', () => {
    let err: unknown;
    try {
      read('a,b\nc, "d"\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect(err).toMatchObject({ line: 2 });
    expect(() => read('a\n"b"c\n')).toThrow(expect.objectContaining({ line: 2, message: expect.stringContaining('closing quote') }));
  });

  it('counts a CRLF inside a quoted field as one line, so later records and errors keep their lines', () => {
    expect(read('h\r\n"a\r\nb"\r\nc\r\n').map((r) => r.line)).toEqual([1, 2, 4]);
    expect(() => read('h\r\n"a\r\nb"\r\nx"y\r\n')).toThrow(expect.objectContaining({ line: 4, message: expect.stringContaining('middle of an unquoted field') }));
  });

  it('ends a record at CRLF, LF or a lone CR in one file, and counts skipped blank lines of each kind', () => {
    expect(read('a\r\n\r\n\nb\rc')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
      { line: 5, fields: ['c'] },
    ]);
  });

  it('reports a quote never closed on the line where it opens, not where the file ends, after a field spanning lines', () => {
    expect(() => read('a,b,c\n"x\ny",z,"open\nmore\nlines\n')).toThrow(expect.objectContaining({ line: 3, message: expect.stringContaining('never closed') }));
    expect(() => read('a,b\n\n\n,"open')).toThrow(expect.objectContaining({ line: 4, message: expect.stringContaining('never closed') }));
  });

  it('reports text after a closing quote on the line of that quote, not where its field starts', () => {
    expect(() => read('a,b\n"x\ny"z,w\n')).toThrow(expect.objectContaining({ line: 3, message: expect.stringContaining('closing quote') }));
  });

  it('yields the records before a syntax error, then throws', () => {
    const seen: number[] = [];
    expect(() => {
      for (const record of csvRecords('a\nb\nc"\n')) seen.push(record.line);
    }).toThrow(CsvSyntaxError);
    expect(seen).toEqual([1, 2]);
  });
});

describe('importing a framework from CSV', () => {
  it('builds categories, norms, competencies and their links, in file order', () => {
    const fw = frameworkOf(
      parseFrameworkCsv(
        csv(
          'V,Testcategorie vakmanschap,V-1,Testnorm een,"Beschrijving, met komma",Toelichting,Voorbeeld,C1=Testcompetentie een;C2=Testcompetentie twee',
          'V,,V-2,Testnorm twee,"Beschrijving over',
          'twee regels",,,C2|C3',
          'O,Testcategorie organisatie,O-1,Testnorm drie,Beschrijving,,,C3=Testcompetentie drie',
        ),
      ),
    );
    expect(fw.categories.map((c) => [c.code, c.title, c.norms.map((n) => n.code)])).toEqual([
      ['V', 'Testcategorie vakmanschap', ['V-1', 'V-2']],
      ['O', 'Testcategorie organisatie', ['O-1']],
    ]);
    expect(fw.competencies).toEqual([
      { code: 'C1', title: 'Testcompetentie een' },
      { code: 'C2', title: 'Testcompetentie twee' },
      { code: 'C3', title: 'Testcompetentie drie' },
    ]);
    const [v1, v2] = fw.categories[0].norms;
    expect(v1).toEqual({
      code: 'V-1',
      title: 'Testnorm een',
      description: 'Beschrijving, met komma',
      guidance: 'Toelichting',
      exampleEvidence: 'Voorbeeld',
      competencyCodes: ['C1', 'C2'],
    });
    expect(v2.description).toBe('Beschrijving over\ntwee regels');
    expect(v2.competencyCodes).toEqual(['C2', 'C3']);
  });

  it('accepts a header in another order and case, without the optional columns', () => {
    const fw = frameworkOf(parseFrameworkCsv('Norm_Code,norm title,description,category-code,category_title\r\nN1,Testnorm,Tekst,K,Testcategorie\r\n'));
    expect(fw.categories[0].norms[0]).toMatchObject({ code: 'N1', guidance: '', exampleEvidence: '', competencyCodes: [] });
  });

  it('names line 4 and field norm_code when the fourth line has no norm code', () => {
    const errors = errorsOf(
      parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst,,,', 'V,Testcategorie,V-2,Testnorm,Tekst,,,', 'V,Testcategorie,,Testnorm,Tekst,,,')),
    );
    expect(errors).toEqual([{ line: 4, field: 'norm_code', message: 'norm code is missing or empty' }]);
    expect(describeImportError(errors[0])).toBe('line 4, field norm_code: norm code is missing or empty');
  });

  it('names the kind of each problem and its data, for screens that word it in their own language', () => {
    const problems = problemsOf(
      parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst,,,C1=Een', 'V,Testcategorie,V-1,,Tekst,,,C9', 'V,Testcategorie,V 3,Testnorm,Tekst,,,')),
    );
    expect(problems.map(({ problem, params }) => ({ problem, params }))).toEqual([
      { problem: 'missing', params: { what: 'norm title' } },
      { problem: 'normTwice', params: { code: 'V-1', line: 2 } },
      { problem: 'unknownCompetency', params: { code: 'C9' } },
      { problem: 'codeCharacters', params: { what: 'norm code', code: 'V 3' } },
    ]);
  });

  it('counts the lines of a field that spans lines, so later errors point at the right line', () => {
    const errors = errorsOf(parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,"een\ntwee\ndrie",,,', 'V,Testcategorie,V-2,,Tekst,,,')));
    expect(errors).toEqual([{ line: 5, field: 'norm_title', message: 'norm title is missing or empty' }]);
  });

  it('reports a duplicate norm code on its second line, naming the first', () => {
    const errors = errorsOf(parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst,,,', 'O,Testcategorie twee,V-1,Testnorm,Tekst,,,')));
    expect(errors).toEqual([{ line: 3, field: 'norm_code', message: expect.stringContaining('used twice (also on line 2)') }]);
  });

  it('refuses one category code with two titles, but takes a title given on any one row', () => {
    const clash = errorsOf(parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst,,,', 'V,Andere titel,V-2,Testnorm,Tekst,,,')));
    expect(clash).toEqual([{ line: 3, field: 'category_title', message: expect.stringContaining('titled "Testcategorie" on line 2') }]);

    const later = frameworkOf(parseFrameworkCsv(csv('V,,V-1,Testnorm,Tekst,,,', 'V,Testcategorie,V-2,Testnorm,Tekst,,,')));
    expect(later.categories[0].title).toBe('Testcategorie');

    const never = errorsOf(parseFrameworkCsv(csv('V,,V-1,Testnorm,Tekst,,,')));
    expect(never).toEqual([{ line: 2, field: 'category_title', message: expect.stringContaining('has no title') }]);
  });

  it('refuses an unknown competency code and one competency with two titles', () => {
    const errors = errorsOf(parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst,,,C1=Een', 'V,Testcategorie,V-2,Testnorm,Tekst,,,C1=Twee;C9')));
    expect(errors).toEqual([
      { line: 3, field: 'competencies', message: expect.stringContaining('competency C1 is titled "Een" on line 2') },
      { line: 3, field: 'competencies', message: expect.stringContaining('unknown competency code C9; give its title once, as C9=Title') },
    ]);
  });

  it('refuses a wrong header on line 1 and reads no rows', () => {
    expect(errorsOf(parseFrameworkCsv('category_code,category_title,norm_code,norm_title,descriptoin\nV,T,V-1,T,D\n'))).toEqual([
      { line: 1, field: 'descriptoin', message: expect.stringContaining('unknown column "descriptoin"') },
      { line: 1, field: 'description', message: expect.stringContaining('column description is missing') },
    ]);
    expect(errorsOf(parseFrameworkCsv('category_code;category_title;norm_code\n'))[0].message).toContain('semicolons');
    expect(errorsOf(parseFrameworkCsv(''))).toEqual([{ line: 1, field: '', message: expect.stringContaining('the file is empty') }]);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(errorsOf(parseFrameworkCsv(csv('V,Testcategorie,V-1,Testnorm,Tekst, met komma,,,')))).toEqual([
      { line: 2, field: '', message: expect.stringContaining('this row has 9 fields but the header has 8') },
    ]);
  });

  it('refuses bad codes, too long texts and the NUL character', () => {
    const long = 'x'.repeat(IMPORT_LIMITS.titleChars + 1);
    const errors = errorsOf(parseFrameworkCsv(csv(`V,Testcategorie,V 1,${long},Te\u0000kst,,,`)));
    expect(errors.map((e) => e.field)).toEqual(['norm_code', 'norm_title', 'description']);
    expect(errors[0].message).toContain('only letters, digits');
    expect(errors[1].message).toContain('at most 500');
    expect(errors[2].message).toContain('NUL');
  });

  it(`stops after ${IMPORT_LIMITS.norms} norms, on the line of the first one too many`, () => {
    const rows = Array.from({ length: IMPORT_LIMITS.norms + 5 }, (_, i) => `V,Testcategorie,N${i},Testnorm,Tekst,,,`);
    const errors = errorsOf(parseFrameworkCsv(csv(...rows)));
    expect(errors).toEqual([{ line: IMPORT_LIMITS.norms + 2, field: '', message: expect.stringContaining('more than 2,000 norms') }]);
  });

  it(`lists at most ${IMPORT_LIMITS.errors} problems, sorted by line, and counts them all`, () => {
    const rows = Array.from({ length: 150 }, () => 'V,Testcategorie,,Testnorm,Tekst,,,');
    const result = parseFrameworkCsv(csv(...rows));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(100);
    expect(result.errorCount).toBe(150);
    expect(result.errors[0].line).toBe(2);
    expect(result.errors[99].line).toBe(101);
  });

  it('names the line and field of a problem after a field that spans lines in a CRLF file', () => {
    const content = [HEADER, 'V,Testcategorie,V-1,Testnorm,"een\r\ntwee",,,', 'V,Testcategorie,V-2,,Tekst,,,', 'V,Testcategorie,V-3,Testnorm,Te"kst,,,'].join('\r\n');
    expect(errorsOf(parseFrameworkCsv(content))).toEqual([
      { line: 4, field: 'norm_title', message: 'norm title is missing or empty' },
      { line: 5, field: '', message: expect.stringMatching(/^not valid CSV: a quote \("\) in the middle of an unquoted field/) },
    ]);
  });

  it('reports a CSV syntax error with its line, together with what was wrong before it', () => {
    const errors = errorsOf(parseFrameworkCsv(csv('V,Testcategorie,,Testnorm,Tekst,,,', 'V,Testcategorie,V-2,"Testnorm,Tekst,,,')));
    expect(errors).toEqual([
      { line: 2, field: 'norm_code', message: expect.any(String) },
      { line: 3, field: '', message: expect.stringContaining('never closed') },
    ]);
  });
});

describe('importing a framework from JSON', () => {
  const valid = `{
  "categories": [
    {
      "code": "V",
      "title": "Testcategorie",
      "norms": [
        { "code": "V-1", "title": "Testnorm een", "description": "Tekst", "competencies": ["C1", "C2"] },
        { "code": "V-2", "title": "Testnorm twee", "description": "Tekst", "guidance": "Toelichting", "exampleEvidence": "Voorbeeld" }
      ]
    },
    { "code": "O", "title": "Testcategorie twee", "norms": [] }
  ],
  "competencies": [
    { "code": "C1", "title": "Testcompetentie een" },
    { "code": "C2", "title": "Testcompetentie twee" }
  ]
}`;

  it('builds the framework', () => {
    const fw = frameworkOf(parseFrameworkJson(valid));
    expect(fw.categories.map((c) => [c.code, c.norms.length])).toEqual([
      ['V', 2],
      ['O', 0],
    ]);
    expect(fw.categories[0].norms[0].competencyCodes).toEqual(['C1', 'C2']);
    expect(fw.categories[0].norms[1]).toMatchObject({ guidance: 'Toelichting', exampleEvidence: 'Voorbeeld', competencyCodes: [] });
    expect(fw.competencies.map((c) => c.code)).toEqual(['C1', 'C2']);
  });

  it('reports a syntax error on its line', () => {
    const text = '{\n  "categories": [\n    { "code": "V" "title": "Testcategorie" }\n  ]\n}';
    expect(errorsOf(parseFrameworkJson(text))).toEqual([{ line: 3, field: '', message: expect.stringMatching(/^not valid JSON: expected ',' or '}'.*\(column 19\)$/) }]);
  });

  it('points at the line where a comma is missing, not at the next value', () => {
    const text = '{\n  "categories": [],\n  "competencies": [\n    { "code": "C1", "title": "Een" }\n    { "code": "C2", "title": "Twee" }\n  ]\n}';
    expect(errorsOf(parseFrameworkJson(text))).toEqual([{ line: 4, field: '', message: expect.stringContaining('comma is missing') }]);
  });

  it('names trailing commas, single quotes, comments, unclosed texts and brackets', () => {
    const first = (text: string) => errorsOf(parseFrameworkJson(text))[0];
    expect(first('{\n  "categories": [],\n}')).toMatchObject({ line: 2, message: expect.stringContaining('no comma after the last item') });
    expect(first("{\n  'categories': []\n}")).toMatchObject({ line: 2, message: expect.stringContaining('double quotes') });
    expect(first('{\n  // note\n  "categories": []\n}')).toMatchObject({ line: 2, message: expect.stringContaining('comments') });
    expect(first('{\n  "categories": [],\n  "competencies": [{ "code": "C1, "title": "x" }]\n}')).toMatchObject({ line: 3 });
    expect(first('{\n  "categories": [\n')).toMatchObject({ line: 3, message: expect.stringContaining('opened on line 2 is never closed') });
    expect(first('')).toMatchObject({ line: 1, message: expect.stringContaining('empty') });
    expect(first('{ "categories": [] } extra')).toMatchObject({ line: 1, message: expect.stringContaining('after the end') });
  });

  it('reports a missing field on the line of its object, and a wrong type on the line of the value', () => {
    const text = `{
  "categories": [
    {
      "code": "V",
      "title": "Testcategorie",
      "norms": [
        {
          "code": "V-1",
          "description": "Tekst"
        },
        { "code": 12, "title": "Testnorm", "description": "Tekst" }
      ]
    }
  ]
}`;
    expect(errorsOf(parseFrameworkJson(text))).toEqual([
      { line: 7, field: 'categories[0].norms[0].title', message: 'norm title is missing or empty' },
      { line: 11, field: 'categories[0].norms[1].code', message: 'must be text in double quotes, not the number 12' },
    ]);
  });

  it('reports an unknown competency code on the line where it is named', () => {
    const text = valid.replace('["C1", "C2"]', '[\n          "C1",\n          "C7"\n        ]');
    expect(errorsOf(parseFrameworkJson(text))).toEqual([
      { line: 9, field: 'categories[0].norms[0].competencies[1]', message: expect.stringContaining('unknown competency code C7') },
    ]);
  });

  it('reports unknown fields with a hint, duplicate keys, and duplicate codes across categories', () => {
    const typo = valid.replace('"exampleEvidence"', '"example_evidence"');
    expect(errorsOf(parseFrameworkJson(typo))).toEqual([
      { line: 8, field: 'categories[0].norms[1].example_evidence', message: 'unknown field "example_evidence"; did you mean "exampleEvidence"?' },
    ]);
    const dupKey = '{\n  "categories": [],\n  "categories": []\n}';
    expect(errorsOf(parseFrameworkJson(dupKey))[0]).toMatchObject({ line: 3, message: expect.stringContaining('appears twice') });
    const dupNorm = valid.replace('"norms": []', '"norms": [{ "code": "V-1", "title": "Testnorm", "description": "Tekst" }]');
    expect(errorsOf(parseFrameworkJson(dupNorm))).toEqual([
      { line: 11, field: 'categories[1].norms[0].code', message: expect.stringContaining('used twice (also on line 7)') },
    ]);
  });

  it('refuses a file that is not one object, and an object without categories', () => {
    expect(errorsOf(parseFrameworkJson('[1, 2]'))[0].message).toContain('one JSON object');
    expect(errorsOf(parseFrameworkJson('{\n  "competencies": []\n}'))).toEqual([
      { line: 1, field: 'categories', message: expect.stringContaining('"categories" is missing') },
    ]);
  });

  it('refuses content over the size limit before reading it', () => {
    const result = parseFramework(FrameworkImportFormat.JSON, ' '.repeat(IMPORT_LIMITS.contentChars + 1));
    expect(result).toMatchObject({ ok: false, errorCount: 1, errors: [{ line: 1, message: expect.stringContaining('at most 2,000,000') }] });
  });

  it('gives every key and value the line it starts on, with CRLF, LF or a lone CR between lines', () => {
    const root = parseJsonWithLines('\uFEFF{\r\n  "a": [\r\n    1,\r    "x"\n  ],\r\n  "b": null\r\n}');
    expect(root).toEqual({
      kind: 'object',
      line: 1,
      members: [
        {
          key: 'a',
          keyLine: 2,
          value: {
            kind: 'array',
            line: 2,
            items: [
              { kind: 'number', line: 3, value: 1 },
              { kind: 'string', line: 4, value: 'x' },
            ],
          },
        },
        { key: 'b', keyLine: 6, value: { kind: 'null', line: 6, value: null } },
      ],
    });
  });

  it('names the line and column of a text with a control character, and the escape it does not know', () => {
    const tab = '{\n  "categories": [],\n  "competencies": [{ "code": "C\t1", "title": "x" }]\n}';
    expect(errorsOf(parseFrameworkJson(tab))).toEqual([{ line: 3, field: '', message: expect.stringMatching(/control character.*\(column 30\)$/) }]);
    expect(errorsOf(parseFrameworkJson('{\n  "categories": "a\\qb"\n}'))[0]).toMatchObject({ line: 2, message: expect.stringContaining('"\\q" is not a JSON escape') });
  });

  it('names the innermost bracket left open, and the line where a comma is missing between CRLF lines', () => {
    const open = errorsOf(parseFrameworkJson('{\n  "categories": [\n    { "code": "V"\n'))[0];
    expect(open).toMatchObject({ line: 4, message: expect.stringContaining("',' or '}' was expected (the bracket opened on line 3 is never closed)") });
    const comma = errorsOf(parseFrameworkJson('{\r\n  "categories": []\r\n  "competencies": []\r\n}'))[0];
    expect(comma).toMatchObject({ line: 2, message: expect.stringContaining('the next value starts on line 3') });
  });

  it('refuses nesting deeper than 64 levels without reading on', () => {
    let err: unknown;
    try {
      parseJsonWithLines(`{\n"a": ${'['.repeat(100_000)}`);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JsonSyntaxError);
    expect(err).toMatchObject({ line: 2, message: expect.stringContaining('nested more than 64 levels') });
  });
});

describe('the scheme rules the sector body sets', () => {
  const good = (): SchemeRulesInput => {
    const { placeholder: _placeholder, ...rules } = structuredClone(PLACEHOLDER_RULES);
    return rules;
  };

  it('accepts the placeholder values and stores them as set by the sector body', () => {
    expect(validateSchemeRules(good())).toEqual([]);
    const stored = toStoredRules({ ...good(), awardRule: AwardRule.NO_DOES_NOT_MEET });
    expect(stored).toMatchObject({ placeholder: false, awardRule: AwardRule.NO_DOES_NOT_MEET });
    expect(stored.auditDaysTable).toEqual(PLACEHOLDER_RULES.auditDaysTable);
  });

  it("checks the peer auditors' training validity when given, and reads rules without it as the placeholder", () => {
    const bad = { ...good(), peerAuditorTrainingValidity: { amount: 0, unit: DurationUnit.MONTHS } };
    expect(validateSchemeRules(bad).map((e) => e.field)).toEqual(['rules.peerAuditorTrainingValidity.amount']);
    const { peerAuditorTrainingValidity: _left, ...without } = good();
    expect(validateSchemeRules(without)).toEqual([]);
    const stored = toStoredRules(without);
    expect(stored).not.toHaveProperty('peerAuditorTrainingValidity');
    expect(peerAuditorTrainingValidity(stored)).toEqual({ amount: 24, unit: DurationUnit.MONTHS });
    const set = { ...good(), peerAuditorTrainingValidity: { amount: 3, unit: DurationUnit.WEEKS } };
    expect(peerAuditorTrainingValidity(toStoredRules(set))).toEqual({ amount: 3, unit: DurationUnit.WEEKS });
  });

  it("takes the peer group's deadlines as rules: the placeholders when left out, what the sector body set otherwise", () => {
    const { peerVisitSchedulingWindow: _v, peerReportingWindow: _r, ...without } = good();
    expect(validateSchemeRules(without)).toEqual([]);
    expect(peerGroupWindows(toStoredRules(without))).toEqual({ visitScheduling: { amount: 8, unit: DurationUnit.WEEKS }, reporting: { amount: 12, unit: DurationUnit.WEEKS } });
    expect(PLACEHOLDER_RULES.placeholder).toBe(true);
    const set = toStoredRules({ ...good(), peerVisitSchedulingWindow: { amount: 30, unit: DurationUnit.DAYS }, peerReportingWindow: { amount: 3, unit: DurationUnit.MONTHS } });
    expect(peerGroupWindows(set)).toEqual({ visitScheduling: { amount: 30, unit: DurationUnit.DAYS }, reporting: { amount: 3, unit: DurationUnit.MONTHS } });
    // Pinned in the group's workflow as they are; the progress check is LabelCycle's own, not a rule.
    expect(peerGroupDurationsFrom(set, false)).toEqual({
      visitScheduling: { amount: 30, unit: 'DAYS' },
      reporting: { amount: 3, unit: 'MONTHS' },
      progressCheck: { amount: 1, unit: 'DAYS' },
    });
  });

  const tooLong = { message: expect.stringContaining('at most a year'), rule: 'peerGroupWindowTooLong', params: { limit: 366 } };
  const notWhole = { message: expect.stringContaining('must be a whole number') };
  it.each([
    ['zero days', { amount: 0, unit: DurationUnit.DAYS }, notWhole],
    ['part of a day', { amount: 2.5, unit: DurationUnit.DAYS }, notWhole],
    ['more than a year in days', { amount: 367, unit: DurationUnit.DAYS }, tooLong],
    ['more than a year in weeks', { amount: 53, unit: DurationUnit.WEEKS }, tooLong],
    ['more than a year in months', { amount: 13, unit: DurationUnit.MONTHS }, tooLong],
  ])('refuses a peer group deadline of %s, naming the rule where it has words', (_label, window, problem) => {
    for (const key of ['peerVisitSchedulingWindow', 'peerReportingWindow'] as const) {
      expect(validateSchemeRules({ ...good(), [key]: window })).toEqual([{ field: `rules.${key}.amount`, ...problem }]);
    }
  });

  it('accepts a peer group deadline of exactly a year, in each unit', () => {
    for (const window of [{ amount: 366, unit: DurationUnit.DAYS }, { amount: 52, unit: DurationUnit.WEEKS }, { amount: 12, unit: DurationUnit.MONTHS }, { amount: 1, unit: DurationUnit.DAYS }]) {
      expect(validateSchemeRules({ ...good(), peerVisitSchedulingWindow: window, peerReportingWindow: window })).toEqual([]);
    }
  });

  it('refuses durations that are not a whole number of at least 1', () => {
    const rules = good();
    rules.selfEvaluationWindow = { amount: 0, unit: DurationUnit.WEEKS };
    rules.improvementPlanDue = { amount: 1.5, unit: DurationUnit.WEEKS };
    expect(validateSchemeRules(rules).map((e) => e.field)).toEqual(['rules.selfEvaluationWindow.amount', 'rules.improvementPlanDue.amount']);
  });

  it('refuses a unit of seconds, which only the test fixtures use (not through the API)', () => {
    const rules = good();
    rules.selfEvaluationWindow = { amount: 4, unit: 'SECONDS' as DurationUnit };
    expect(validateSchemeRules(rules)).toEqual([{ field: 'rules.selfEvaluationWindow.unit', message: 'must be one of DAYS, WEEKS, MONTHS' }]);
  });

  it('refuses a reminder that is not shorter than the validity', () => {
    const rules = good();
    rules.recertificationReminder = { amount: 30, unit: DurationUnit.MONTHS };
    expect(validateSchemeRules(rules)).toEqual([{ field: 'rules.recertificationReminder', message: expect.stringContaining('shorter than certificateValidity') }]);
  });

  it.each([
    ['an empty table', [], 'rules.auditDaysTable'],
    ['no open-ended band', [{ maxFte: 25, days: 1 }], 'rules.auditDaysTable[0].maxFte'],
    ['an open-ended band that is not last', [{ maxFte: null, days: 1 }, { maxFte: null, days: 2 }], 'rules.auditDaysTable[0].maxFte'],
    ['bands not increasing', [{ maxFte: 50, days: 1 }, { maxFte: 50, days: 2 }, { maxFte: null, days: 3 }], 'rules.auditDaysTable[1].maxFte'],
    ['zero days', [{ maxFte: 50, days: 0 }, { maxFte: null, days: 3 }], 'rules.auditDaysTable[0].days'],
    ['a negative bound', [{ maxFte: -1, days: 1 }, { maxFte: null, days: 3 }], 'rules.auditDaysTable[0].maxFte'],
  ])('refuses an audit-days table with %s', (_label, table, field) => {
    const rules = { ...good(), auditDaysTable: table };
    expect(validateSchemeRules(rules).map((e) => e.field)).toEqual([field]);
  });
});
