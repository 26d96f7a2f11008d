import { CALENDAR_WORDS } from "../dayWords.js";
import type { Random } from "../Random.js";
import { isHeldOut, type Split, usesHeldOut } from "../Split.js";
import { FIRST_NAMES } from "./firstNames.js";
import { inventedNames } from "./inventedNames.js";
import { LAST_NAMES } from "./lastNames.js";
import { NOTE_FOLDERS, REMINDER_LISTS, TEAMS } from "./misc.js";
import { CITIES, LANDMARKS } from "./places.js";
import { ADJECTIVES, NOUNS } from "./words.js";

/** Words chrono-node reads as (part of) a date or time; no slot value may contain one. */
const TIME_WORDS = new Set([
  ...CALENDAR_WORDS,
  "today",
  "tonight",
  "tomorrow",
  "yesterday",
  "noon",
  "midday",
  "midnight",
  "now",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  "week",
  "month",
  "year",
  "day",
  "hour",
  "minute",
  "second",
  "sec",
  "min",
  "hr",
  "eod",
  "cob",
]);

const INVENTED_NAMES = 4000;

/**
 * Whether a value is safe to put in a query: no word of it is a date or time word. Words are also cut
 * at non-ASCII letters, since chrono's `\b` does: it reads the "Sun" of "Sunåmtru" as Sunday.
 */
export function isTimeFree(value: string): boolean {
  const lower = value.toLowerCase();
  const words = [...lower.split(/[^\p{L}]+/u), ...lower.split(/[^a-z]+/)];
  return !words.some((word) => TIME_WORDS.has(word));
}

/**
 * The open-class slot pools of one split: people's names, nouns and adjectives, landmarks, cities,
 * folders, lists and teams, each cut by {@link isHeldOut} so the test split draws only values that
 * train and val never see. Closed-class words (meeting kinds, file extensions, mail domains) are
 * shared: they are the grammar of requests, not their content.
 *
 * Every pick is logged until {@link takePicked}, so a test can check that no value crossed splits.
 */
export class Pools {
  readonly split: Split;
  readonly #lists: Readonly<Record<string, readonly string[]>>;
  #picked: string[] = [];

  constructor(split: Split) {
    this.split = split;
    const heldOut = usesHeldOut(split);
    const side = (values: readonly string[]) =>
      values.filter((value) => isTimeFree(value) && isHeldOut(value) === heldOut);
    this.#lists = {
      firstName: side(FIRST_NAMES),
      inventedFirstName: side(inventedNames("first", INVENTED_NAMES)),
      lastName: side(LAST_NAMES),
      inventedLastName: side(inventedNames("last", INVENTED_NAMES)),
      noun: side(NOUNS),
      adjective: side(ADJECTIVES),
      landmark: side(LANDMARKS),
      city: side(CITIES),
      folder: side(NOTE_FOLDERS),
      reminderList: side(REMINDER_LISTS),
      team: side(TEAMS),
    };
  }

  /** How many values each pool of this split holds (for the statistics). */
  sizes(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.#lists).map(([name, values]) => [name, values.length]));
  }

  /** The values picked since the last call, and a fresh log. */
  takePicked(): string[] {
    const picked = this.#picked;
    this.#picked = [];
    return picked;
  }

  #pick(random: Random, list: string): string {
    const value = random.pick(this.#lists[list] ?? []);
    this.#picked.push(value);
    return value;
  }

  /** A given name: a real one from many languages, or (40%) an invented one. */
  firstName(random: Random): string {
    return this.#pick(random, random.chance(0.6) ? "firstName" : "inventedFirstName");
  }

  lastName(random: Random): string {
    return this.#pick(random, random.chance(0.6) ? "lastName" : "inventedLastName");
  }

  noun(random: Random): string {
    return this.#pick(random, "noun");
  }

  adjective(random: Random): string {
    return this.#pick(random, "adjective");
  }

  landmark(random: Random): string {
    return this.#pick(random, "landmark");
  }

  city(random: Random): string {
    return this.#pick(random, "city");
  }

  folder(random: Random): string {
    return this.#pick(random, "folder");
  }

  reminderList(random: Random): string {
    return this.#pick(random, "reminderList");
  }

  team(random: Random): string {
    return this.#pick(random, "team");
  }
}
