import { gbnfLiteral } from "./gbnf.js";

/** Characters a plan string literal may not hold unescaped (see the `char` rule of planGrammar). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it excludes
const FORBIDDEN = /["\\$<\x00-\x1F\x7F]/;
const WORD = /[\p{L}\p{N}_]/u;
const SPACE = /\s/u;

/**
 * GBNF rules for `copied`: a double-quoted string literal whose text is empty or a span of
 * `source` (each word's first letter in either case, the rest as written) that starts and ends at
 * word boundaries and at no space. With it a planner can only name a person, file or place that
 * the request names, whole: "Rodrigues", never "Rodrig" nor a name it made up. Linear in the
 * source's length: `src-i` admits the spans that start at character i.
 *
 * Three more rules on request: `copied-title` admits a span led by one of `titlePrefixes`
 * ("Summary of " + "report"), how a plan words a title it cannot copy outright; `copied-words`
 * admits up to `maxPieces` spans joined by spaces, so a message can be put together from parts of
 * the request ("lunch at Nopa at 1pm") but never says a word the request does not; `copied-name`
 * admits the spans that neither start nor end with a stop word, for a person's name.
 */
export function copySpanRules(source: string, options: CopySpanOptions = {}): string[] {
  const characters = [...source];
  const count = characters.length;
  const word = (index: number) => WORD.test(characters[index] ?? "");
  const canEndAt = (index: number) =>
    !SPACE.test(characters[index] as string) && (index === count - 1 || !word(index + 1) || !word(index));
  const canStartAt = (index: number) =>
    !SPACE.test(characters[index] as string) && (index === 0 || !word(index - 1) || !word(index));
  const spans = spanChain("src", characters, canStartAt, canEndAt);

  const quote = gbnfLiteral('"');
  const { titlePrefixes, maxPieces, nameStopWords } = options;
  const names =
    nameStopWords === undefined ? undefined : nameSpanChain(characters, nameStopWords, canStartAt, canEndAt);
  const nameRules =
    names === undefined
      ? []
      : names.starts.length === 0
        ? [`copied-name ::= ${quote} ${quote}`]
        : [
            `copied-name ::= ${quote} name-span? ${quote}`,
            `name-span ::= ${names.starts.join(" | ")}`,
            ...names.rules,
          ];
  if (spans.starts.length === 0) {
    const empty = `${quote} ${quote}`;
    return [
      `copied ::= ${empty}`,
      ...(titlePrefixes === undefined ? [] : [`copied-title ::= ${empty}`]),
      ...(maxPieces === undefined ? [] : [`copied-words ::= ${empty}`]),
      ...nameRules,
    ];
  }
  const prefix = titlePrefixes?.length ? `(${titlePrefixes.map(gbnfLiteral).join(" | ")})? ` : "";
  return [
    `copied ::= ${quote} span? ${quote}`,
    `span ::= ${spans.starts.join(" | ")}`,
    ...(titlePrefixes === undefined ? [] : [`copied-title ::= ${quote} (${prefix}span)? ${quote}`]),
    ...(maxPieces === undefined
      ? []
      : [`copied-words ::= ${quote} (span (" " span){0,${Math.max(0, maxPieces - 1)}})? ${quote}`]),
    ...spans.rules,
    ...nameRules,
  ];
}

/**
 * The spans of a name: those of `copied` that start with a letter or digit, end with one or a
 * period ("Dr."), never at a hyphen ("Ji-" of "Ji-woo"), and whose first and last words are not stop
 * words ("Yo", "plus Ida", "Kim about"). A second chain of rules, since where a span may end is part
 * of each rule; the request is short, so the grammar stays small.
 */
function nameSpanChain(
  characters: readonly string[],
  stopWords: ReadonlySet<string>,
  canStartAt: (index: number) => boolean,
  canEndAt: (index: number) => boolean,
): SpanChain {
  const word = (index: number) => WORD.test(characters[index] ?? "");
  const wordFrom = (index: number, step: 1 | -1) => {
    const letters: string[] = [];
    for (let at = index; word(at); at += step) letters.push(characters[at] as string);
    return (step === 1 ? letters : letters.reverse()).join("").toLowerCase();
  };
  const startsWithStopWord = (index: number) => word(index) && stopWords.has(wordFrom(index, 1));
  // A span ending in punctuation ("plus.") ends with the word before it.
  const endsWithStopWord = (index: number) => {
    const last = word(index) ? index : index - 1;
    return word(last) && stopWords.has(wordFrom(last, -1));
  };
  return spanChain(
    "name",
    characters,
    (index) => canStartAt(index) && word(index) && !startsWithStopWord(index),
    (index) => canEndAt(index) && (word(index) || characters[index] === ".") && !endsWithStopWord(index),
  );
}

interface SpanChain {
  /** The rule names of the spans' first characters. */
  readonly starts: readonly string[];
  readonly rules: readonly string[];
}

/**
 * `${prefix}-i` admits the spans that start at character i and end where `canEndAt` allows;
 * `starts` names those where `canStartAt` allows a span to begin.
 */
function spanChain(
  prefix: string,
  characters: readonly string[],
  canStartAt: (index: number) => boolean,
  canEndAt: (index: number) => boolean,
): SpanChain {
  const count = characters.length;
  const word = (index: number) => WORD.test(characters[index] ?? "");
  const usable = (index: number) => !FORBIDDEN.test(characters[index] as string);
  // alive[i]: some span starting at i can end — a span never crosses a forbidden character.
  const alive: boolean[] = new Array(count + 1).fill(false);
  for (let index = count - 1; index >= 0; index--) {
    alive[index] = usable(index) && (canEndAt(index) || alive[index + 1] === true);
  }
  const rules: string[] = [];
  const starts: string[] = [];
  for (let index = 0; index < count; index++) {
    if (!alive[index]) continue;
    if (canStartAt(index)) starts.push(`${prefix}-${index}`);
    const character = characters[index] as string;
    // Only a word's first letter may change case ("Soccer practice" from "soccer practice"); the rest
    // is copied as written, so a span never reads "statIon" or "mY".
    const own = word(index) && !word(index - 1) ? caseless(character) : gbnfLiteral(character);
    const next = alive[index + 1] === true ? `${prefix}-${index + 1}` : undefined;
    const body = next === undefined ? own : canEndAt(index) ? `${own} ${next}?` : `${own} ${next}`;
    rules.push(`${prefix}-${index} ::= ${body}`);
  }
  return { starts, rules };
}

export interface CopySpanOptions {
  /** Emit `copied-title`, whose span may follow one of these. */
  readonly titlePrefixes?: readonly string[];
  /** Emit `copied-words`: at most this many spans, joined by single spaces. */
  readonly maxPieces?: number;
  /** Emit `copied-name`: spans that neither start nor end with one of these words (lower case). */
  readonly nameStopWords?: ReadonlySet<string>;
}

/** One character as GBNF, matching either case where the character has a one-character other case. */
function caseless(character: string): string {
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  const forms = new Set([character, lower, upper].filter((form) => [...form].length === 1));
  if (forms.size === 1) return gbnfLiteral(character);
  return `(${[...forms].map(gbnfLiteral).join(" | ")})`;
}
