/**
 * A strict JSON reader (RFC 8259) that remembers on which line every value and every key starts.
 * JSON.parse gives neither positions for values nor, across Node versions, a dependable position for a
 * syntax error; an import that says "line 12" needs both. Duplicate keys are refused rather than letting
 * the last one silently win.
 */

export type JsonNode = JsonObject | JsonArray | JsonScalar;

export interface JsonMember {
  key: string;
  keyLine: number;
  value: JsonNode;
}

export interface JsonObject {
  kind: 'object';
  line: number;
  members: JsonMember[];
}

export interface JsonArray {
  kind: 'array';
  line: number;
  items: JsonNode[];
}

export interface JsonScalar {
  kind: 'string' | 'number' | 'boolean' | 'null';
  line: number;
  value: string | number | boolean | null;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Deep enough for any sensible file, shallow enough that hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJsonWithLines(text: string): JsonNode {
  return new Reader(text).document();
}

class Reader {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  /** Line on which the last complete value ended, to point at a missing comma rather than at what follows it. */
  private lastValueEnd = 1;

  constructor(private readonly text: string) {
    if (text.charCodeAt(0) === 0xfeff) this.i = this.lineStart = 1;
  }

  document(): JsonNode {
    this.skipSpace();
    if (this.i >= this.text.length) throw this.error('the file is empty; it must hold one JSON object');
    const node = this.value(0);
    this.skipSpace();
    if (this.i < this.text.length) {
      throw this.error(`unexpected ${this.describeHere()} after the end of the JSON object; the file must hold exactly one object`);
    }
    return node;
  }

  /** `openedOn`: line of the enclosing bracket, named when the file ends inside it. */
  private value(depth: number, openedOn?: number): JsonNode {
    if (depth > MAX_DEPTH) throw this.error(`values are nested more than ${MAX_DEPTH} levels deep`);
    const c = this.text[this.i];
    const line = this.line;
    let node: JsonNode;
    if (c === '{') node = this.object(depth);
    else if (c === '[') node = this.array(depth);
    else if (c === '"') node = { kind: 'string', line, value: this.string() };
    else if (c === '-' || (c >= '0' && c <= '9')) node = { kind: 'number', line, value: this.number() };
    else if (this.text.startsWith('true', this.i)) node = this.literal('true', true);
    else if (this.text.startsWith('false', this.i)) node = this.literal('false', false);
    else if (this.text.startsWith('null', this.i)) node = this.literal('null', null);
    else throw this.unexpected('a value', openedOn);
    this.lastValueEnd = this.line;
    return node;
  }

  private object(depth: number): JsonObject {
    const node: JsonObject = { kind: 'object', line: this.line, members: [] };
    const seen = new Map<string, number>();
    const openedOn = this.line;
    this.i += 1;
    this.skipSpace();
    if (this.text[this.i] === '}') {
      this.i += 1;
      return node;
    }
    for (;;) {
      if (this.text[this.i] !== '"') throw this.unexpected('a key in double quotes', openedOn);
      const keyLine = this.line;
      const key = this.string();
      const earlier = seen.get(key);
      if (earlier !== undefined) throw new JsonSyntaxError(keyLine, this.column(), `key "${key}" appears twice in this object (also on line ${earlier})`);
      seen.set(key, keyLine);
      this.skipSpace();
      if (this.text[this.i] !== ':') throw this.unexpected(`':' after the key "${key}"`, openedOn);
      this.i += 1;
      this.skipSpace();
      node.members.push({ key, keyLine, value: this.value(depth + 1, openedOn) });
      if (this.separator('}', openedOn)) return node;
    }
  }

  private array(depth: number): JsonArray {
    const node: JsonArray = { kind: 'array', line: this.line, items: [] };
    const openedOn = this.line;
    this.i += 1;
    this.skipSpace();
    if (this.text[this.i] === ']') {
      this.i += 1;
      return node;
    }
    for (;;) {
      node.items.push(this.value(depth + 1, openedOn));
      if (this.separator(']', openedOn)) return node;
    }
  }

  /** After a member or item: a comma (false: more follows) or the closing bracket (true). */
  private separator(close: '}' | ']', openedOn: number): boolean {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === close) {
      this.i += 1;
      return true;
    }
    if (c === ',') {
      const commaLine = this.line;
      const commaColumn = this.column();
      this.i += 1;
      this.skipSpace();
      if (this.text[this.i] === '}' || this.text[this.i] === ']') {
        throw new JsonSyntaxError(commaLine, commaColumn, `a comma before '${this.text[this.i]}'; JSON allows no comma after the last item, remove it`);
      }
      return false;
    }
    if (c !== undefined && '"{[-0123456789tfn'.includes(c) && this.line > this.lastValueEnd) {
      // The next value starts on a later line: almost always the comma at the end of the previous line is missing.
      throw new JsonSyntaxError(this.lastValueEnd, 0, `a comma is missing after the value that ends on this line (the next value starts on line ${this.line})`);
    }
    throw this.unexpected(`',' or '${close}'`, openedOn);
  }

  private string(): string {
    const openedOn = this.line;
    const openedAt = this.column();
    this.i += 1;
    let out = '';
    let start = this.i;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) throw new JsonSyntaxError(openedOn, openedAt, 'a text in quotes starts on this line but is never closed; add the closing "');
      if (c === '"') {
        out += this.text.slice(start, this.i);
        this.i += 1;
        return out;
      }
      if (c === '\\') {
        out += this.text.slice(start, this.i);
        const e = this.text[this.i + 1];
        if (e === 'u') {
          const hex = this.text.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error('\\u must be followed by four hexadecimal digits');
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          this.i += 2;
        } else {
          throw this.error(`"\\${e ?? ''}" is not a JSON escape; write a backslash as \\\\`);
        }
        start = this.i;
        continue;
      }
      if (c === '\n' || c === '\r') {
        throw new JsonSyntaxError(openedOn, openedAt, 'a text in quotes runs past the end of this line; close it with " or write a line break inside it as \\n');
      }
      if (c.charCodeAt(0) < 0x20) throw this.error('a control character (such as a tab) inside a text; write it as \\t or remove it');
      this.i += 1;
    }
  }

  private number(): number {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) throw this.unexpected('a number');
    this.i += m[0].length;
    return Number(m[0]);
  }

  private literal(word: string, value: boolean | null): JsonScalar {
    const node: JsonScalar = { kind: value === null ? 'null' : 'boolean', line: this.line, value };
    this.i += word.length;
    return node;
  }

  private skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.i];
      if (c === ' ' || c === '\t') this.i += 1;
      else if (c === '\n' || c === '\r') {
        this.i += c === '\r' && t[this.i + 1] === '\n' ? 2 : 1;
        this.line += 1;
        this.lineStart = this.i;
      } else return;
    }
  }

  private column(): number {
    return this.i - this.lineStart + 1;
  }

  private error(message: string): JsonSyntaxError {
    return new JsonSyntaxError(this.line, this.column(), message);
  }

  private unexpected(expected: string, openedOn?: number): JsonSyntaxError {
    const c = this.text[this.i];
    if (c === undefined) {
      const where = openedOn !== undefined ? ` (the bracket opened on line ${openedOn} is never closed)` : '';
      return this.error(`the file ends where ${expected} was expected${where}`);
    }
    if (c === "'") return this.error(`found a single quote where ${expected} was expected; JSON needs double quotes (")`);
    if (c === '/') return this.error('comments are not allowed in JSON; remove them');
    return this.error(`expected ${expected}, found ${this.describeHere()}`);
  }

  private describeHere(): string {
    const rest = this.text.slice(this.i, this.i + 12).split(/[\r\n]/)[0];
    return rest ? `'${rest}${rest.length === 12 ? '…' : ''}'` : 'a line break';
  }
}
