/**
 * Normalises a name-like string for comparison: NFKD with combining marks removed (so "Erdoğan"
 * equals "Erdogan"), lower case, trimmed, inner whitespace collapsed to one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}
