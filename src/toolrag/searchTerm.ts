// Words that carry no hint of a tool; left in, "the" or "to" would match every description.
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can could do does for from get give has have he her him his how i " +
    "if in into is it its let me my myself no not of on or our please she so some that the their them " +
    "then there these they this those to up us want was we what when where which who will with would " +
    "you your str int bool list none sequence"
  ).split(" "),
);

/**
 * Normalises one word for BM25 matching (MiniSearch's `processTerm`): lower case, accents folded
 * ("Zoë" matches "zoe"), a plural "s" dropped ("emails" matches "email"), stop words and
 * signature type names removed (`null`).
 */
export function searchTerm(term: string): string | null {
  const word = term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (word === "" || STOP_WORDS.has(word)) return null;
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
