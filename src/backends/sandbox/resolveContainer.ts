import { closestMatch } from "./closestMatch.js";

/** Where an item goes, and the sentence to add to the observation when the request was not honoured. */
export interface ResolvedContainer {
  readonly name: string;
  readonly fallbackSentence: string;
}

/**
 * Picks the notes folder or reminders list `requested` names (ignoring case and accents, then by
 * words or spelling), or the default (first) one when nothing is requested. An unknown name falls
 * back to the default, as Notes and Reminders do in the reference, and `fallbackSentence` says so.
 */
export function resolveContainer(
  requested: string,
  names: readonly string[],
  noun: "folder" | "list",
  note: (message: string) => void,
): ResolvedContainer {
  const fallback = names[0] as string;
  if (requested === "") return { name: fallback, fallbackSentence: "" };
  const match = closestMatch(requested, names, (name) => [name]);
  if (match.kind === "found") {
    if (match.tier !== "exact") note(`Matched ${noun} "${requested}" to "${match.item}".`);
    return { name: match.item, fallbackSentence: "" };
  }
  return {
    name: fallback,
    fallbackSentence: ` There is no ${noun} named "${requested}", so the default ${noun} "${fallback}" was used.`,
  };
}
