const ALWAYS_SAFE = /[A-Za-z0-9_.\-~]/;

/**
 * Python's `urllib.parse.quote_plus(text)` byte for byte, which the reference uses to build Maps
 * URLs: UTF-8 bytes, letters, digits and `_.-~` kept, spaces as `+`, everything else (including
 * `/`, `!`, `'`, `(`, `)`, `*`, which `encodeURIComponent` would keep) as upper-case `%XX`.
 */
export function quotePlus(text: string): string {
  let result = "";
  for (const byte of new TextEncoder().encode(text)) {
    const character = String.fromCharCode(byte);
    if (byte < 0x80 && ALWAYS_SAFE.test(character)) result += character;
    else if (character === " ") result += "+";
    else result += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return result;
}
