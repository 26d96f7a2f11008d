import type { Random } from "./Random.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
// "tues" is missing on purpose: chrono-node does not read it.
const WEEKDAY_SHORT: readonly (readonly string[])[] = [
  ["sun"],
  ["mon"],
  ["tue"],
  ["wed"],
  ["thu", "thur", "thurs"],
  ["fri"],
  ["sat"],
];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
const MONTH_SHORT = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "Friday", "friday", "Fri" or "thurs" for weekday 0 (Sunday) … 6; abbreviations only sometimes. */
export function weekdayText(random: Random, weekday: number): string {
  const full = WEEKDAYS[weekday] ?? "monday";
  const word = random.chance(0.15) ? random.pick(WEEKDAY_SHORT[weekday] ?? [full]) : full;
  return random.chance(0.5) ? capitalize(word) : word;
}

/** "June", "june", "Jun" or "jun" for month 1–12. */
export function monthText(random: Random, month: number): string {
  const full = MONTHS[month - 1] ?? "january";
  const word = random.chance(0.3) ? (MONTH_SHORT[month - 1] ?? full) : full;
  return random.chance(0.6) ? capitalize(word) : word;
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
export function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  const suffix = ["th", "st", "nd", "rd"][day % 10] ?? "th";
  return `${day}${day % 10 > 3 ? "th" : suffix}`;
}

/** Every spelling a weekday or month can take in a query: words that must never be a name or slot value. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...WEEKDAY_SHORT.flat(),
  "tues",
  ...MONTHS,
  ...MONTH_SHORT,
  "sept",
]);
