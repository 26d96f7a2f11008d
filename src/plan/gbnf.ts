/**
 * Quotes `text` as a GBNF string literal (llama.cpp grammar syntax). Backslash, double quote
 * and control characters are escaped; other characters, non-ASCII included, pass through as
 * UTF-8, which llama.cpp's grammar parser reads as code points.
 */
export function gbnfLiteral(text: string): string {
  let body = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === "\\" || character === '"') body += `\\${character}`;
    else if (character === "\n") body += "\\n";
    else if (character === "\r") body += "\\r";
    else if (character === "\t") body += "\\t";
    else if (code < 0x20 || code === 0x7f) body += `\\x${code.toString(16).padStart(2, "0")}`;
    else body += character;
  }
  return `"${body}"`;
}
