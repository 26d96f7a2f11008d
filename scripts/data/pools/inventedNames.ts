import { hashString } from "../Random.js";

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "y",
  "z",
  "sh",
  "ch",
  "br",
  "tr",
  "kr",
];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "a"];
const CODAS = ["", "", "", "", "n", "r", "l", "s", "m", "k", "t"];
const ENDINGS: Readonly<Record<"first" | "last", readonly string[]>> = {
  first: ["", "", "", "a", "o", "i", "an", "el", "in", "ia", "ette", "ito"],
  last: ["", "", "ov", "ez", "sson", "ski", "ini", "ara", "dottir", "oglu", "escu", "berg", "ford", "ak"],
};
const ACCENTS: Readonly<Record<string, readonly string[]>> = {
  a: ["á", "å", "ä", "ã"],
  e: ["é", "ê", "ë"],
  i: ["í", "ı"],
  o: ["ö", "ó", "ø"],
  u: ["ü", "ú"],
};

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Invented but pronounceable names ("Karelo", "Brinessa", "Talövski"), thousands of them, built from
 * syllables so the generator has far more names than any list: a model that sees each only a few
 * times must learn to copy names, not remember them. About one in six carries a diacritic. Given
 * and family names differ in their endings; the list is the same on every run.
 */
export function inventedNames(salt: "first" | "last", count: number): string[] {
  const names = new Set<string>();
  for (let index = 0; names.size < count; index += 1) {
    let rest = hashString(`${salt}/${index}`);
    let more = hashString(`${salt}/${index}/more`);
    const take = (size: number): number => {
      const value = rest % size;
      rest = Math.floor(rest / size);
      if (rest < 64) [rest, more] = [more, hashString(`${more}`)];
      return value;
    };
    const syllables = take(3) === 0 ? 3 : 2;
    let name = "";
    for (let syllable = 0; syllable < syllables; syllable += 1) {
      name += `${ONSETS[take(ONSETS.length)]}${VOWELS[take(VOWELS.length)]}`;
      if (syllable === syllables - 1 || take(4) === 0) name += CODAS[take(CODAS.length)] ?? "";
    }
    const endings = ENDINGS[salt];
    const ending = endings[take(endings.length)] ?? "";
    // Join an ending only where it does not pile vowels up ("Mareo" + "a").
    if (!/[aeiou]$/.test(name) || !/^[aeiou]/.test(ending)) name += ending;
    if (take(6) === 0) {
      const vowelIndexes = [...name].flatMap((letter, position) => (ACCENTS[letter] ? [position] : []));
      const position = vowelIndexes[take(Math.max(vowelIndexes.length, 1))];
      const letter = position === undefined ? undefined : name[position];
      const variants = letter === undefined ? undefined : ACCENTS[letter];
      if (position !== undefined && variants) {
        name = name.slice(0, position) + variants[take(variants.length)] + name.slice(position + 1);
      }
    }
    if (name.length >= 4 && name.length <= 12) names.add(capitalize(name));
  }
  return [...names];
}
