import { hashString } from "./Random.js";

/** The three files `npm run data` writes. */
export type Split = "train" | "val" | "test";

export const SPLITS: readonly Split[] = ["train", "val", "test"];

/** Share of every slot pool kept for the test split only. */
const HELD_OUT_PERCENT = 15;

/**
 * Whether a pool value (a name, a word, a place) belongs to the test split alone. Decided by a hash of
 * the value itself, not by the seed, so the partition is the same for every dataset and train and
 * test never share a name, whatever the seed.
 */
export function isHeldOut(value: string): boolean {
  return hashString(`held-out/${value.toLowerCase()}`) % 100 < HELD_OUT_PERCENT;
}

/** Which side of the held-out partition a split draws from: val shares train's pools and phrasings. */
export function usesHeldOut(split: Split): boolean {
  return split === "test";
}
