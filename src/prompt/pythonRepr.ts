// Python's str.isprintable() is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and every Zs but the space.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

const hex = (code: number, width: number): string => code.toString(16).padStart(width, "0");

function escapeCharacter(character: string, quote: string): string {
  if (character === "\\" || character === quote) return `\\${character}`;
  if (character === "\n") return "\\n";
  if (character === "\r") return "\\r";
  if (character === "\t") return "\\t";
  if (character === " " || !NON_PRINTABLE.test(character)) return character;
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${hex(code, 2)}`;
  if (code < 0x10000) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}

function stringRepr(text: string): string {
  // Python prefers single quotes and switches to double quotes only to avoid escaping a lone kind.
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const character of text) body += escapeCharacter(character, quote);
  return `${quote}${body}${quote}`;
}

function numberRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  // A plan literal loses the int/float distinction once parsed; integral values print as Python ints.
  if (Number.isInteger(value)) return BigInt(value).toString();
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(value);
}

/**
 * Python's `repr()` of a plan value: strings in single quotes with Python's escapes, `None`, `True`,
 * `False`, lists as `['a', 'b']`, dicts as `{'k': 1}`. Lists inside a stringified call print their
 * elements this way (spec §1.4), e.g. `recipients=['a@b.com']`.
 */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "string") return stringRepr(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return numberRepr(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${stringRepr(key)}: ${pythonRepr(item)}`);
    return `{${entries.join(", ")}}`;
  }
  return String(value);
}

/** Python's `str()` of a plan value: a string prints as itself, anything else as its `repr()`. */
export function pythonStr(value: unknown): string {
  return typeof value === "string" ? value : pythonRepr(value);
}
