import { describe, expect, it } from "vitest";
import { resolveTimes } from "../../../src/prompt/index.js";
import { Random } from "../Random.js";
import { isHeldOut } from "../Split.js";
import { DOCUMENT_WORDS } from "./fileWords.js";
import { FIRST_NAMES } from "./firstNames.js";
import { inventedNames } from "./inventedNames.js";
import { LAST_NAMES } from "./lastNames.js";
import { CALENDAR_NAMES, MEETING_KINDS, NOTE_FOLDERS, REMINDER_LISTS, SOCIAL_EVENTS, TEAMS } from "./misc.js";
import { isTimeFree, Pools } from "./Pools.js";
import { personName } from "./personName.js";
import { placeName } from "./placeName.js";
import { BUSINESS_KINDS, CITIES, LANDMARKS, STREET_KINDS } from "./places.js";
import { ADJECTIVES, NOUNS } from "./words.js";

const NOW = new Date(2024, 4, 24, 14, 5);

describe("slot pools", () => {
  it("hold thousands of names, diacritics included", () => {
    const pools = new Pools("train");
    const sizes = pools.sizes();
    expect((sizes.firstName ?? 0) + (sizes.inventedFirstName ?? 0)).toBeGreaterThan(3000);
    expect((sizes.lastName ?? 0) + (sizes.inventedLastName ?? 0)).toBeGreaterThan(3000);
    const random = new Random(5);
    const names = Array.from({ length: 2000 }, () => personName(random, pools));
    expect(new Set(names).size).toBeGreaterThan(1500);
    expect(names.filter((name) => /[^\x20-\x7e]/.test(name)).length).toBeGreaterThan(200);
  });

  it("give the test split values of its own, enough of each", () => {
    const train = new Pools("train").sizes();
    const val = new Pools("val").sizes();
    const test = new Pools("test").sizes();
    expect(val).toEqual(train);
    for (const [name, size] of Object.entries(test)) {
      expect(size, name).toBeGreaterThan(0);
      expect(size, name).toBeLessThan(train[name] ?? 0);
    }
    expect(FIRST_NAMES.filter(isHeldOut).length).toBe(test.firstName);
  });

  it("never contain a word chrono-node reads as a date or time", () => {
    const values = [
      ...FIRST_NAMES,
      ...LAST_NAMES,
      ...inventedNames("first", 4000),
      ...inventedNames("last", 4000),
      ...NOUNS,
      ...ADJECTIVES,
      ...LANDMARKS,
      ...CITIES,
      ...BUSINESS_KINDS,
      ...STREET_KINDS,
      ...DOCUMENT_WORDS,
      ...CALENDAR_NAMES,
      ...MEETING_KINDS,
      ...NOTE_FOLDERS,
      ...REMINDER_LISTS,
      ...SOCIAL_EVENTS,
      ...TEAMS,
    ].filter(isTimeFree);
    const dated = values.filter(
      (value) => resolveTimes(`please text ${value} about lunch with ${value}`, NOW).length > 0,
    );
    expect(dated).toEqual([]);
    expect(isTimeFree("June")).toBe(false);
    expect(isTimeFree("Sunåmtru")).toBe(false);
  });

  it("build places chrono leaves alone (house numbers from 100 up)", () => {
    const pools = new Pools("train");
    const random = new Random(11);
    const places = Array.from({ length: 500 }, () => placeName(random, pools));
    expect(places.filter((place) => resolveTimes(`meet me at ${place} please`, NOW).length > 0)).toEqual([]);
  });
});
