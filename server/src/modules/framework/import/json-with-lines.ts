import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

/**
 * Strict JSON (RFC 8259) read by jsonc-parser, with comments and trailing commas refused, into a small tree
 * that remembers on which line every value and every key starts. JSON.parse gives neither positions for
 * values nor, across Node versions, a dependable position for a syntax error; an import that says "line 12"
 * needs both. The parser names the first error's kind and place; what it means for a person, and what to
 * do, is worded here from what was read before it. Duplicate keys are refused rather than letting the last
 * one silently win.
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
    /** 1-based; 0 when the message is about the line as a whole. */
    readonly column: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Deep enough for any sensible file, shallow enough that hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 64;

export function parseJsonWithLines(text: string): JsonNode {
  return new TreeBuilder(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).build();
}

interface Open {
  node: JsonObject | JsonArray;
  /** Key → line, for duplicate keys. */
  seen: Map<string, number>;
  key?: { key: string; keyLine: number };
}

/** What was read last, which decides what may follow, and so what an error says was expected. */
type Last = { token: 'value' | 'open' | 'key' | ',' | ':'; line: number; column: number };

/** The parser's positions are 0-based; people count lines and columns from 1. */
class TreeBuilder {
  private root: JsonNode | undefined;
  private readonly open: Open[] = [];
  private last: Last = { token: 'open', line: 1, column: 1 };

  constructor(private readonly text: string) {}

  build(): JsonNode {
    // Errors are thrown from the callbacks: the first one stops reading, as the parser would otherwise go on
    // guessing and report what follows from its guess.
    visit(
      this.text,
      {
        onObjectBegin: (_offset, _length, line, char) => this.begin({ kind: 'object', line: line + 1, members: [] }, char + 1),
        onArrayBegin: (_offset, _length, line, char) => this.begin({ kind: 'array', line: line + 1, items: [] }, char + 1),
        onObjectProperty: (key, _offset, _length, line, char) => this.key(key, line + 1, char + 1),
        onLiteralValue: (value: string | number | boolean | null, _offset, _length, line, char) =>
          this.add({ kind: value === null ? 'null' : (typeof value as JsonScalar['kind']), line: line + 1, value }, char + 1),
        onObjectEnd: (offset, _length, line, char) => this.end(offset, line + 1, char + 1),
        onArrayEnd: (offset, _length, line, char) => this.end(offset, line + 1, char + 1),
        onSeparator: (token, _offset, _length, line, char) => {
          this.last = { token: token === ',' ? ',' : ':', line: line + 1, column: char + 1 };
        },
        onError: (code, offset, length, line, char) => {
          throw this.explain(code, offset, length, line + 1, char + 1);
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
    return this.root!;
  }

  private begin(node: JsonObject | JsonArray, column: number): void {
    if (this.open.length > MAX_DEPTH) throw new JsonSyntaxError(node.line, column, `values are nested more than ${MAX_DEPTH} levels deep`);
    this.add(node, column);
    this.open.push({ node, seen: new Map() });
    this.last = { token: 'open', line: node.line, column };
  }

  private key(key: string, keyLine: number, column: number): void {
    const top = this.open.at(-1)!;
    const earlier = top.seen.get(key);
    if (earlier !== undefined) throw new JsonSyntaxError(keyLine, column, `key "${key}" appears twice in this object (also on line ${earlier})`);
    top.seen.set(key, keyLine);
    top.key = { key, keyLine };
    this.last = { token: 'key', line: keyLine, column };
  }

  private add(node: JsonNode, column: number): void {
    const top = this.open.at(-1);
    if (!top) this.root = node;
    else if (top.node.kind === 'array') top.node.items.push(node);
    else top.node.members.push({ ...top.key!, value: node });
    this.last = { token: 'value', line: node.line, column };
  }

  private end(offset: number, line: number, column: number): void {
    // At the end of the file the parser closes what is still open before it reports the missing bracket;
    // that bracket stays open here, so the error can name the line where it was opened.
    if (offset >= this.text.length) return;
    this.open.pop();
    this.last = { token: 'value', line, column };
  }

  private explain(code: ParseErrorCode, offset: number, length: number, line: number, column: number): JsonSyntaxError {
    const here = (message: string) => new JsonSyntaxError(line, column, message);
    if (this.root !== undefined && this.open.length === 0) {
      return here(`unexpected ${this.describe(offset)} after the end of the JSON object; the file must hold exactly one object`);
    }
    switch (printParseErrorCode(code)) {
      case 'InvalidCommentToken':
      case 'UnexpectedEndOfComment':
        return here('comments are not allowed in JSON; remove them');
      case 'UnexpectedEndOfString':
        return offset + length >= this.text.length
          ? here('a text in quotes starts on this line but is never closed; add the closing "')
          : here('a text in quotes runs past the end of this line; close it with " or write a line break inside it as \\n');
      case 'InvalidCharacter':
        return here('a control character (such as a tab) inside a text; write it as \\t or remove it');
      case 'InvalidEscapeCharacter': {
        const escape = /\\([^"\\/bfnrtu]|$)/.exec(this.text.slice(offset, offset + length))?.[1] ?? '';
        return here(`"\\${escape}" is not a JSON escape; write a backslash as \\\\`);
      }
      case 'InvalidUnicode':
        return here('\\u must be followed by four hexadecimal digits');
      case 'InvalidNumberFormat':
      case 'UnexpectedEndOfNumber':
        return here(`'${this.text.slice(offset, offset + length)}' is not a number; JSON writes numbers as 12, -3 or 4.5, with digits after a decimal point`);
      case 'CommaExpected':
        // The next value starts on a later line: almost always the comma at the end of the previous line is missing.
        if (this.last.token === 'value' && this.last.line < line) {
          return new JsonSyntaxError(this.last.line, 0, `a comma is missing after the value that ends on this line (the next value starts on line ${line})`);
        }
        break;
      case 'PropertyNameExpected':
      case 'ValueExpected': {
        const c = this.text[offset];
        if (this.last.token === ',' && (c === '}' || c === ']')) {
          return new JsonSyntaxError(this.last.line, this.last.column, `a comma before '${c}'; JSON allows no comma after the last item, remove it`);
        }
        if (this.root === undefined && offset >= this.text.length) return here('the file is empty; it must hold one JSON object');
        break;
      }
    }
    return this.unexpected(offset, here);
  }

  /** What may follow what was read last, in the words of the error. */
  private expected(): string {
    const top = this.open.at(-1);
    if (!top) return 'a value';
    const close = top.node.kind === 'object' ? '}' : ']';
    switch (this.last.token) {
      case 'value':
        return `',' or '${close}'`;
      case 'key':
        return `':' after the key "${top.key!.key}"`;
      case ':':
        return 'a value';
      default:
        return top.node.kind === 'object' ? 'a key in double quotes' : 'a value';
    }
  }

  private unexpected(offset: number, here: (message: string) => JsonSyntaxError): JsonSyntaxError {
    const expected = this.expected();
    const c = this.text[offset];
    if (c === undefined) {
      const top = this.open.at(-1);
      const where = top ? ` (the bracket opened on line ${top.node.line} is never closed)` : '';
      return here(`the file ends where ${expected} was expected${where}`);
    }
    if (c === "'") return here(`found a single quote where ${expected} was expected; JSON needs double quotes (")`);
    if (c === '/') return here('comments are not allowed in JSON; remove them');
    return here(`expected ${expected}, found ${this.describe(offset)}`);
  }

  private describe(offset: number): string {
    const rest = this.text.slice(offset, offset + 12).split(/[\r\n]/)[0];
    return rest ? `'${rest}${rest.length === 12 ? '…' : ''}'` : 'a line break';
  }
}
