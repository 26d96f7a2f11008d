import type { PlanValue } from "./types.js";

/** Result of {@link parsePythonArgs}: the positional arguments, or why the text is not valid. */
export type ParsePythonArgsResult = { ok: true; args: PlanValue[] } | { ok: false; error: string };

export interface ParsePythonArgsOptions {
  /**
   * Reproduce the reference `_parse_llm_compiler_action_args` (spec §2.3) instead of rejecting
   * bad text: unparsable text becomes one raw-string argument, a lone list or tuple is splatted
   * into the positional arguments, and anything else becomes a single argument.
   */
  readonly compat?: boolean;
}

/**
 * Parses the text between a plan action's parentheses as Python literals (spec §2.3, §12.3):
 * single/double/triple-quoted strings with Python escapes and `r`/`u` prefixes, adjacent-string
 * concatenation, lists, tuples (as arrays), sets (as arrays), dicts, ints (also hex/octal/binary
 * and `_` separators), floats, one unary sign, `True`/`False`/`None`, trailing commas and `#`
 * comments. Complex numbers, bytes, f-strings and `\N{...}` escapes are not supported.
 *
 * Strict mode (the default) reads the text as a call's argument list: each top-level
 * comma-separated value is one argument, so a lone list stays one argument. Anything else
 * (a bare `$1`, a keyword argument) is an error naming its column and what was expected.
 * Python's int/float distinction is lost (`60.0` reads as 60), and dict keys become strings
 * (`True` → "True") in JS object order.
 */
export function parsePythonArgs(text: string, options: ParsePythonArgsOptions = {}): ParsePythonArgsResult {
  if (options.compat) return { ok: true, args: parseCompat(text) };
  try {
    const reader = new LiteralReader(text);
    const { items } = reader.readSequence(null, 0);
    reader.expectEnd();
    return { ok: true, args: items.map((item) => item.value) };
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

/** `ast.literal_eval` of the whole text, then the reference's tuple/list/raw-string rules. */
function parseCompat(text: string): PlanValue[] {
  if (text === "") return [];
  try {
    const reader = new LiteralReader(text);
    const { items, trailingComma } = reader.readSequence(null, 0);
    reader.expectEnd();
    if (items.length === 0) return [text];
    const [only] = items;
    if (items.length > 1 || trailingComma || !only) return items.map((item) => item.value);
    // A lone list or tuple is splatted into positional arguments: the reference quirk.
    if ((only.shape === "list" || only.shape === "tuple") && Array.isArray(only.value)) return only.value;
    return [only.value];
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return [text];
    throw error;
  }
}

/** Python's tokenizer gives up at 200 nested brackets; so do we, before the JS stack does. */
const MAX_DEPTH = 200;
const SPACE = /[ \t\f\r\n]/;
const IDENTIFIER_START = /[\p{L}_]/u;
const IDENTIFIER = /[\p{L}\p{N}_]*/uy;
const STRING_PREFIX = /(?:[rRuUbBfF]|[bBfF][rR]|[rR][bBfF])?(?=['"])/y;
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*[eE][+-]?\d(?:_?\d)*|\d(?:_?\d)*/y;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

class LiteralSyntaxError extends Error {}

/** A parsed value and whether it was written as a list, a tuple or something else. */
interface Literal {
  readonly value: PlanValue;
  readonly shape: "list" | "tuple" | "set" | "dict" | "scalar";
}

/**
 * Recursive-descent reader over one cursor. It is the bulk of this file (which is why the file
 * runs past 300 lines): splitting it would only pass the cursor around.
 */
class LiteralReader {
  #position = 0;

  constructor(readonly text: string) {}

  /**
   * Comma-separated values up to `closer` (or the end of the text when null), with an optional
   * trailing comma. Used for the top level, lists, tuples and sets.
   */
  readSequence(closer: string | null, depth: number): { items: Literal[]; trailingComma: boolean } {
    const items: Literal[] = [];
    let trailingComma = false;
    for (;;) {
      this.#skipSpace();
      if (this.#atCloser(closer)) break;
      items.push(this.#readValue(depth));
      trailingComma = false;
      this.#skipSpace();
      if (this.#atCloser(closer)) break;
      this.#expect(",", closer === null ? '"," or the end of the arguments' : `"," or "${closer}"`);
      trailingComma = true;
    }
    return { items, trailingComma };
  }

  expectEnd(): void {
    this.#skipSpace();
    if (this.#position < this.text.length) this.#fail('"," or the end of the arguments');
  }

  #atCloser(closer: string | null): boolean {
    if (closer === null) return this.#position >= this.text.length;
    if (this.text[this.#position] !== closer) return false;
    this.#position += 1;
    return true;
  }

  #expect(token: string, what: string): void {
    if (this.text[this.#position] !== token) this.#fail(what);
    this.#position += 1;
  }

  #skipSpace(): void {
    const { text } = this;
    while (this.#position < text.length) {
      const character = text[this.#position] ?? "";
      if (SPACE.test(character)) {
        this.#position += 1;
      } else if (character === "#") {
        const newline = text.indexOf("\n", this.#position);
        this.#position = newline === -1 ? text.length : newline;
      } else {
        return;
      }
    }
  }

  #readValue(depth: number): Literal {
    if (depth >= MAX_DEPTH) this.#error("values are nested too deeply");
    this.#skipSpace();
    const { text } = this;
    const character = text[this.#position];
    if (character === undefined) return this.#fail("a value");
    if (this.#stringPrefixLength() >= 0) return { value: this.#readStrings(), shape: "scalar" };
    if (character === "[") {
      this.#position += 1;
      return { value: this.readSequence("]", depth + 1).items.map((item) => item.value), shape: "list" };
    }
    if (character === "(") return this.#readParenthesized(depth + 1);
    if (character === "{") return this.#readBraces(depth + 1);
    if (character === "-" || character === "+") {
      this.#position += 1;
      this.#skipSpace();
      const number = this.#readNumber();
      if (number === undefined) return this.#fail(`a number after "${character}"`);
      return { value: character === "-" ? -number : number, shape: "scalar" };
    }
    const number = this.#readNumber();
    if (number !== undefined) return { value: number, shape: "scalar" };
    if (IDENTIFIER_START.test(character)) return { value: this.#readName(), shape: "scalar" };
    if (character === "$") {
      return this.#fail('a value (write a reference as a quoted string, e.g. "$1")');
    }
    return this.#fail("a value (a string, number, list, tuple, dict, True, False or None)");
  }

  #readParenthesized(depth: number): Literal {
    this.#position += 1;
    const { items, trailingComma } = this.readSequence(")", depth);
    const [only] = items;
    if (items.length === 1 && !trailingComma && only) return only;
    return { value: items.map((item) => item.value), shape: "tuple" };
  }

  #readBraces(depth: number): Literal {
    this.#position += 1;
    this.#skipSpace();
    if (this.#atCloser("}")) return { value: {}, shape: "dict" };
    const firstStart = this.#position;
    const first = this.#readValue(depth);
    this.#skipSpace();
    if (this.text[this.#position] !== ":") {
      this.#position = firstStart;
      const items = this.readSequence("}", depth).items;
      const unique = new Map<string, PlanValue>();
      for (const item of items) {
        if (item.shape !== "scalar") this.#error(`a set cannot hold a ${item.shape}`);
        unique.set(JSON.stringify(item.value), item.value);
      }
      return { value: [...unique.values()], shape: "set" };
    }
    const entries: [string, PlanValue][] = [];
    let key = first;
    for (;;) {
      this.#expect(":", '":"');
      entries.push([this.#keyText(key), this.#readValue(depth).value]);
      this.#skipSpace();
      if (this.#atCloser("}")) break;
      this.#expect(",", '"," or "}"');
      this.#skipSpace();
      if (this.#atCloser("}")) break;
      key = this.#readValue(depth);
      this.#skipSpace();
    }
    // Object.fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return { value: Object.fromEntries(entries), shape: "dict" };
  }

  #keyText(key: Literal): string {
    if (key.shape !== "scalar") this.#error(`a dict key cannot be a ${key.shape}`);
    const { value } = key;
    if (value === null) return "None";
    if (value === true) return "True";
    if (value === false) return "False";
    return String(value);
  }

  #readNumber(): number | undefined {
    NUMBER.lastIndex = this.#position;
    const match = NUMBER.exec(this.text);
    if (!match) return undefined;
    const token = match[0].replaceAll("_", "");
    if (/^0\d*$/.test(token) && /[1-9]/.test(token)) {
      this.#error("leading zeros in decimal integer literals are not permitted");
    }
    this.#position += match[0].length;
    const next = this.text[this.#position] ?? "";
    if (/[\p{L}\p{N}_]/u.test(next)) this.#fail("a separator after the number");
    return Number(token);
  }

  #readName(): PlanValue {
    IDENTIFIER.lastIndex = this.#position;
    const name = IDENTIFIER.exec(this.text)?.[0] ?? "";
    if (name === "True") return this.#advance(name, true);
    if (name === "False") return this.#advance(name, false);
    if (name === "None") return this.#advance(name, null);
    const after = this.text.slice(this.#position + name.length);
    if (/^[ \t]*=(?!=)/.test(after)) {
      this.#error(`keyword arguments are not supported (found "${name}="); pass arguments by position`);
    }
    return this.#error(
      `unknown name "${name}": expected a value (a string, number, list, True, False or None)`,
    );
  }

  #advance<T extends PlanValue>(token: string, value: T): T {
    this.#position += token.length;
    return value;
  }

  /** Length of the string prefix (`r`, `u`, ...) at the cursor, or -1 when no string starts here. */
  #stringPrefixLength(): number {
    STRING_PREFIX.lastIndex = this.#position;
    const match = STRING_PREFIX.exec(this.text);
    return match ? match[0].length : -1;
  }

  /** One string literal, then any adjacent ones: `"a" 'b'` is "ab", as in Python. */
  #readStrings(): string {
    let value = this.#readString();
    for (;;) {
      const before = this.#position;
      this.#skipSpace();
      if (this.#stringPrefixLength() < 0) {
        this.#position = before;
        return value;
      }
      value += this.#readString();
    }
  }

  #readString(): string {
    const { text } = this;
    const start = this.#position;
    const prefix = text.slice(start, start + this.#stringPrefixLength()).toLowerCase();
    if (prefix.includes("b")) this.#error("bytes literals are not supported");
    if (prefix.includes("f")) this.#error("f-strings are not supported");
    const raw = prefix.includes("r");
    this.#position += prefix.length;
    const quote = text[this.#position] ?? "";
    const delimiter = text.startsWith(quote.repeat(3), this.#position) ? quote.repeat(3) : quote;
    this.#position += delimiter.length;
    let value = "";
    for (;;) {
      const character = text[this.#position];
      if (character === undefined || (character === "\n" && delimiter.length === 1)) {
        this.#position = start;
        this.#error("unterminated string");
      }
      if (text.startsWith(delimiter, this.#position)) {
        this.#position += delimiter.length;
        return value;
      }
      if (character === "\\") {
        value += raw ? this.#readRawEscape() : this.#readEscape();
      } else {
        value += character;
        this.#position += 1;
      }
    }
  }

  /** In raw strings a backslash still protects the next character from ending the string. */
  #readRawEscape(): string {
    const escaped = this.text.slice(this.#position, this.#position + 2);
    this.#position += escaped.length;
    return escaped;
  }

  #readEscape(): string {
    const { text } = this;
    const start = this.#position;
    const letter = text[start + 1];
    if (letter === undefined) {
      this.#position += 1;
      return "\\";
    }
    const simple = SIMPLE_ESCAPES[letter];
    if (simple !== undefined) {
      this.#position += 2;
      return simple;
    }
    const octal = /^[0-7]{1,3}/.exec(text.slice(start + 1, start + 4));
    if (octal) {
      this.#position += 1 + octal[0].length;
      return String.fromCodePoint(Number.parseInt(octal[0], 8));
    }
    const hexLength = letter === "x" ? 2 : letter === "u" ? 4 : letter === "U" ? 8 : 0;
    if (hexLength > 0) {
      const digits = text.slice(start + 2, start + 2 + hexLength);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hexLength) {
        this.#error(`truncated \\${letter} escape: expected ${hexLength} hex digits`);
      }
      const code = Number.parseInt(digits, 16);
      if (code > 0x10ffff) this.#error(`\\${letter}${digits} is not a valid Unicode character`);
      this.#position += 2 + hexLength;
      // \u escapes may name lone surrogates, which fromCodePoint would still accept; keep one code unit.
      return hexLength === 4 ? String.fromCharCode(code) : String.fromCodePoint(code);
    }
    if (letter === "N") this.#error("\\N{...} escapes are not supported");
    // Python keeps unknown escapes as written (with a warning).
    this.#position += 2;
    return `\\${letter}`;
  }

  #fail(expected: string): never {
    const rest = this.text.slice(this.#position);
    const found = rest === "" ? "the end of the arguments" : `"${[...rest].slice(0, 12).join("")}"`;
    return this.#error(`expected ${expected}, found ${found}`);
  }

  #error(message: string): never {
    throw new LiteralSyntaxError(`column ${this.#position + 1}: ${message}`);
  }
}
