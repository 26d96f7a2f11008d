import { foldText } from "./foldText.js";

// A `$N` reference (or the `$x` marker of an unresolved one) is one token, so "$3" never matches "3".
const WORD = /\$\w+|[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/**
 * Word-overlap F1 (as in SQuAD) between two texts, on folded word tokens counted as multisets.
 * Both empty gives 1, exactly one empty gives 0.
 */
export function wordOverlapF1(predicted: string, gold: string): number {
  const predictedWords = words(predicted);
  const goldWords = words(gold);
  if (predictedWords.length === 0 || goldWords.length === 0) {
    return predictedWords.length === goldWords.length ? 1 : 0;
  }
  const goldCounts = new Map<string, number>();
  for (const word of goldWords) goldCounts.set(word, (goldCounts.get(word) ?? 0) + 1);
  let overlap = 0;
  for (const word of predictedWords) {
    const left = goldCounts.get(word) ?? 0;
    if (left > 0) {
      overlap += 1;
      goldCounts.set(word, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / predictedWords.length;
  const recall = overlap / goldWords.length;
  return (2 * precision * recall) / (precision + recall);
}
