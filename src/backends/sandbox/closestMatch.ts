import { similarity } from "./editDistance.js";
import { foldedWords, foldText } from "./foldText.js";

/** How a name was matched: equal after folding, by whole words, or by spelling. */
export type MatchTier = "exact" | "partial" | "fuzzy";

export type ClosestMatch<T> =
  | { readonly kind: "found"; readonly item: T; readonly tier: MatchTier }
  | { readonly kind: "ambiguous"; readonly items: readonly T[]; readonly tier: MatchTier }
  | { readonly kind: "none" };

/** Whether `words` contains `part` as a contiguous run. */
function containsRun(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > words.length) return false;
  for (let start = 0; start + part.length <= words.length; start++) {
    if (part.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

function best<T>(scored: readonly { item: T; score: number }[], tier: MatchTier): ClosestMatch<T> {
  const top = Math.max(...scored.map((entry) => entry.score));
  const winners = [...new Set(scored.filter((entry) => entry.score === top).map((entry) => entry.item))];
  if (winners.length === 1) return { kind: "found", item: winners[0] as T, tier };
  return { kind: "ambiguous", items: winners, tier };
}

/**
 * Finds the item a person most likely meant by `query` (note titles, file names, calendar and
 * list names), trying in order: equal after `foldText`; whole-word containment either way ("report"
 * finds "Quarterly Report", "work calendar" finds "Work"); spelling similarity of at least
 * `minimumSimilarity`. Within the first tier that matches, the best-scoring item (most words in
 * common, or closest spelling) wins; a tie is
 * reported as ambiguous rather than guessed. Unlike the reference's difflib cutoff of 0.0, a
 * query that resembles nothing matches nothing.
 */
export function closestMatch<T>(
  query: string,
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  { minimumSimilarity = 0.7 }: { minimumSimilarity?: number } = {},
): ClosestMatch<T> {
  const folded = foldText(query);
  if (folded === "") return { kind: "none" };
  const queryWords = folded.split(" ");
  const keyed = items.map((item) => ({
    item,
    keys: keysOf(item)
      .map(foldText)
      .filter((key) => key !== ""),
  }));

  const exact = keyed.filter(({ keys }) => keys.includes(folded)).map(({ item }) => ({ item, score: 1 }));
  if (exact.length > 0) return best(exact, "exact");

  const partial = keyed.flatMap(({ item, keys }) => {
    // Scored by the share of words in common, so "list" ties "Shopping list" and "Packing list".
    const scores = keys.flatMap((key) => {
      const keyWords = foldedWords(key);
      if (containsRun(keyWords, queryWords)) return [queryWords.length / keyWords.length];
      if (containsRun(queryWords, keyWords)) return [keyWords.length / queryWords.length];
      return [];
    });
    return scores.length > 0 ? [{ item, score: Math.max(...scores) }] : [];
  });
  if (partial.length > 0) return best(partial, "partial");

  const fuzzy = keyed.flatMap(({ item, keys }) => {
    const score = Math.max(0, ...keys.map((key) => similarity(key, folded)));
    return score >= minimumSimilarity ? [{ item, score }] : [];
  });
  if (fuzzy.length > 0) return best(fuzzy, "fuzzy");
  return { kind: "none" };
}
