import type { Random } from "../Random.js";
import { DOCUMENT_WORDS, FILE_EXTENSIONS } from "./fileWords.js";
import type { Pools } from "./Pools.js";

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A file as a user names it, and its name without the extension (an email subject made from it). */
export interface FileName {
  readonly name: string;
  readonly stem: string;
}

function stem(random: Random, pools: Pools): string {
  const noun = pools.noun(random);
  const word = random.pick(DOCUMENT_WORDS);
  const year = String(random.int(2019, 2027));
  return random.weighted<string>([
    [`${noun} ${word}`, 5],
    [`${capitalize(noun)} ${capitalize(word)}`, 3],
    [`${capitalize(pools.adjective(random))} ${capitalize(noun)} ${capitalize(word)}`, 2],
    [`${noun}_${word}`, 2],
    [`${noun}-${word}-v${random.int(2, 5)}`, 1],
    [`${word}_${year}`, 1],
    [`${capitalize(noun)}${capitalize(word)}`, 1],
    [`${pools.firstName(random)}'s ${word}`, 1],
    [`Q${random.int(1, 4)} ${noun} ${word}`, 1],
    [`${noun} ${word} ${year}`, 1],
  ]);
}

/**
 * A file name made of random words, with an extension (60%) or without; `pdf` asks for a document
 * `summarize_pdf` can read: "….pdf" or no extension at all.
 */
export function fileName(random: Random, pools: Pools, options: { readonly pdf?: boolean } = {}): FileName {
  const base = stem(random, pools);
  if (options.pdf) return { name: random.chance(0.6) ? `${base}.pdf` : base, stem: base };
  return { name: random.chance(0.6) ? `${base}.${random.pick(FILE_EXTENSIONS)}` : base, stem: base };
}
