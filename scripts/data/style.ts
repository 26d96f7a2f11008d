import type { Random } from "./Random.js";
import type { Segment } from "./template.js";

/** How one row's query is typed: decided before its slots are filled, since lowercase changes them. */
export interface QueryStyle {
  /** Everything in lower case, names and titles included (the plan copies them as typed). */
  readonly lowercase: boolean;
  /** Chance that a noise-able word of four letters or more gets a typo. */
  readonly typoRate: number;
  readonly dropCommas: boolean;
  /** Voice-dictation filler put in front ("uh", "okay so"), or "". */
  readonly leadFiller: string;
  /** A filler put between two pieces ("um", "like"), or "". */
  readonly midFiller: string;
  /** Ending punctuation: a question ends in "?" when it is one. */
  readonly ending: "." | "!" | "" | "auto";
}

const LEAD_FILLERS = [
  "uh ",
  "um ",
  "uh, ",
  "so ",
  "okay so ",
  "ok ",
  "hey ",
  "hey siri ",
  "yeah ",
  "um so ",
  "alright ",
];
const MID_FILLERS = [" uh", " um", ", uh,", " like", " you know"];

/** Draws a row's typing style: mostly clean, with a long tail of messy, dictated or hurried input. */
export function drawQueryStyle(random: Random): QueryStyle {
  const messy = random.chance(0.3);
  return {
    lowercase: random.chance(0.25),
    typoRate: messy ? random.pick([0.05, 0.1, 0.2]) : 0,
    dropCommas: random.chance(0.25),
    leadFiller: random.chance(0.08) ? random.pick(LEAD_FILLERS) : "",
    midFiller: random.chance(0.05) ? random.pick(MID_FILLERS) : "",
    ending: random.weighted<QueryStyle["ending"]>([
      ["auto", 5],
      ["", 4],
      [".", 1],
      ["!", 0.3],
    ]),
  };
}

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "sqw",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "w",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  w: "qe",
  x: "zc",
  y: "tu",
  z: "x",
};

/** One realistic slip of the fingers: two letters swapped, one dropped, doubled or a neighbour hit. */
export function typo(random: Random, word: string): string {
  const position = random.int(1, word.length - 2);
  const letter = word[position] as string;
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, position) + word[position + 1] + letter + word.slice(position + 2);
    case 1:
      return word.slice(0, position) + word.slice(position + 1);
    case 2:
      return word.slice(0, position) + letter + word.slice(position);
    default: {
      const neighbours = KEYBOARD_NEIGHBOURS[letter.toLowerCase()];
      return neighbours
        ? word.slice(0, position) + random.pick([...neighbours]) + word.slice(position + 1)
        : word;
    }
  }
}

function noisy(random: Random, style: QueryStyle, text: string): string {
  let result = style.dropCommas ? text.replace(/,/g, "") : text;
  if (style.typoRate > 0) {
    result = result.replace(/[A-Za-z]{4,}/g, (word) =>
      random.chance(style.typoRate) ? typo(random, word) : word,
    );
  }
  return result;
}

const QUESTION =
  /^(?:(?:uh|um|so|okay so|ok|hey|hey siri|yeah|alright),? )?(?:can|could|would|will) (?:you|u)\b/i;

/**
 * Joins a query's segments into the text a user would type, applying the row's style: typos and
 * dropped commas only in unprotected text, a dictation filler, lower case, a capital first letter
 * where that letter is not part of a slot, and the ending punctuation.
 */
export function renderQuery(segments: readonly Segment[], style: QueryStyle, random: Random): string {
  const pieces = segments.map((segment) =>
    segment.protected ? segment.text : noisy(random, style, segment.text),
  );
  if (style.midFiller !== "" && pieces.length > 2) {
    const at = random.int(1, pieces.length - 1);
    const before = segments[at - 1];
    if (before && !before.protected && /\s$/.test(pieces[at - 1] ?? "")) {
      pieces[at - 1] = `${(pieces[at - 1] ?? "").trimEnd()}${style.midFiller} `;
    }
  }
  let query = `${style.leadFiller}${pieces.join("")}`
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
  if (style.lowercase) query = query.toLowerCase();
  else if (style.leadFiller === "" && segments[0] && !segments[0].protected) {
    query = query.charAt(0).toUpperCase() + query.slice(1);
  }
  if (/[.!?]$/.test(query)) return query;
  if (style.ending === "auto") return `${query}${QUESTION.test(query) ? "?" : random.chance(0.3) ? "." : ""}`;
  return `${query}${style.ending}`;
}
