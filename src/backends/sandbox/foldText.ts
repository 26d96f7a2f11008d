/** Letters that carry no combining mark, so NFKD alone does not reduce them to ASCII. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ı: "i",
  þ: "th",
  Þ: "th",
};

/**
 * The comparison key for names typed by a person or a small model: NFKD with combining marks
 * stripped (so "Erdoğan", "ERDOGAN" and "erdogan" agree), a few letters mapped by hand, lower
 * case, punctuation and runs of spaces collapsed to one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßøØłŁđĐæÆœŒıþÞ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of `foldText(text)`. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}
