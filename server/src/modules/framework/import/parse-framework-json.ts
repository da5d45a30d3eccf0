import { FrameworkAssembler } from './framework-assembler';
import type { ImportResult, Located } from './framework-import.types';
import { ImportErrors } from './import-errors';
import { JsonSyntaxError, parseJsonWithLines, type JsonMember, type JsonNode, type JsonObject } from './json-with-lines';

/**
 * Reads the JSON form:
 * { "categories": [{ "code", "title", "norms": [{ "code", "title", "description", "guidance"?, "exampleEvidence"?,
 *   "competencies"?: ["C1", …] }] }], "competencies": [{ "code", "title" }] }
 * A problem is reported on the line where the value starts; a missing field on the line of its object.
 * Fields are named by path, e.g. categories[0].norms[2].code (counting from 0).
 */
export function parseFrameworkJson(content: string): ImportResult {
  const errors = new ImportErrors();
  const assembler: FrameworkAssembler = new FrameworkAssembler(
    errors,
    (code) => `unknown competency code ${code}; list it under "competencies" with a code and a title (defined: ${assembler.knownCompetencyCodes()})`,
  );
  const reader = new TreeReader(errors);

  let root: JsonNode;
  try {
    root = parseJsonWithLines(content);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    errors.add(err.line, '', `not valid JSON: ${err.message}${err.column > 0 ? ` (column ${err.column})` : ''}`, 'notJson', { column: err.column });
    return assembler.finish();
  }
  if (root.kind !== 'object') {
    errors.add(root.line, '', `the file must hold one JSON object with "categories" and "competencies", not ${kindOf(root)}`, 'notObjectFile');
    return assembler.finish();
  }

  const top = reader.members(root, '', ['categories', 'competencies']);
  reader.list(top.get('competencies'), 'competencies', root, false).forEach((item, i) => {
    const path = `competencies[${i}]`;
    const obj = reader.object(item, path);
    if (!obj) return;
    const f = reader.members(obj, path, ['code', 'title']);
    assembler.defineCompetency({ code: reader.text(f, 'code', obj, path), title: reader.text(f, 'title', obj, path), mayRepeat: false });
  });

  const categories = reader.list(top.get('categories'), 'categories', root, true);
  for (const [ci, item] of categories.entries()) {
    const path = `categories[${ci}]`;
    const obj = reader.object(item, path);
    if (!obj) continue;
    const f = reader.members(obj, path, ['code', 'title', 'norms']);
    const categoryCode = assembler.addCategory({ code: reader.text(f, 'code', obj, path), title: reader.text(f, 'title', obj, path) });
    for (const [ni, normItem] of reader.list(f.get('norms'), `${path}.norms`, obj, false).entries()) {
      const normPath = `${path}.norms[${ni}]`;
      const norm = reader.object(normItem, normPath);
      if (!norm) continue;
      const n = reader.members(norm, normPath, ['code', 'title', 'description', 'guidance', 'exampleEvidence', 'competencies']);
      assembler.addNorm(categoryCode, {
        line: norm.line,
        code: reader.text(n, 'code', norm, normPath),
        title: reader.text(n, 'title', norm, normPath),
        description: reader.text(n, 'description', norm, normPath),
        guidance: reader.text(n, 'guidance', norm, normPath),
        exampleEvidence: reader.text(n, 'exampleEvidence', norm, normPath),
        competencies: reader.list(n.get('competencies'), `${normPath}.competencies`, norm, false).map((c, k) =>
          reader.scalarText(c, `${normPath}.competencies[${k}]`),
        ),
      });
      if (assembler.full) return assembler.finish();
    }
  }
  return assembler.finish();
}

/** Type checks on the tree; what they cannot accept is reported once and marked, so the assembler skips it. */
class TreeReader {
  constructor(private readonly errors: ImportErrors) {}

  members(obj: JsonObject, path: string, allowed: string[]): Map<string, JsonMember> {
    const out = new Map<string, JsonMember>();
    for (const m of obj.members) {
      if (allowed.includes(m.key)) {
        out.set(m.key, m);
        continue;
      }
      const near = allowed.find((a) => simplify(a) === simplify(m.key));
      const hint = near ? `did you mean "${near}"?` : `expected ${allowed.map((a) => `"${a}"`).join(', ')}`;
      this.errors.add(m.keyLine, join(path, m.key), `unknown field "${m.key}"; ${hint}`, 'unknownField', { key: m.key, expected: near ?? allowed.join(', ') });
    }
    return out;
  }

  object(node: JsonNode, path: string): JsonObject | null {
    if (node.kind === 'object') return node;
    this.errors.add(node.line, path, `must be an object in { }, not ${kindOf(node)}`, 'notObject');
    return null;
  }

  list(member: JsonMember | undefined, path: string, parent: JsonObject, required: boolean): JsonNode[] {
    if (!member || member.value.kind === 'null') {
      if (required) this.errors.add(parent.line, path, `"${path}" is missing; give a list in [ ]`, 'missingList', { path });
      return [];
    }
    if (member.value.kind !== 'array') {
      this.errors.add(member.value.line, path, `must be a list in [ ], not ${kindOf(member.value)}`, 'notList');
      return [];
    }
    return member.value.items;
  }

  /** A text field of an object; a missing one is empty text on the object's line. */
  text(members: Map<string, JsonMember>, key: string, parent: JsonObject, path: string): Located {
    const field = join(path, key);
    const m = members.get(key);
    if (!m || m.value.kind === 'null') return { text: '', line: parent.line, field };
    return this.scalarText(m.value, field);
  }

  scalarText(node: JsonNode, field: string): Located {
    if (node.kind === 'string') return { text: node.value as string, line: node.line, field };
    this.errors.add(node.line, field, `must be text in double quotes, not ${kindOf(node)}`, 'notText');
    return { text: '', line: node.line, field, reported: true };
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function simplify(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

function kindOf(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return 'a text';
    case 'number':
      return `the number ${String(node.value)}`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
  }
}
