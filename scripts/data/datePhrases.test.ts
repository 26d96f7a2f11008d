import { afterEach, describe, expect, it } from "vitest";
import { resolveTimes } from "../../src/prompt/index.js";
import {
  addDays,
  addMinutes,
  type CivilDateTime,
  civil,
  compareCivil,
  daysBetween,
  formatCivilDate,
  toLocalDate,
  weekdayOf,
} from "./CivilDateTime.js";
import { type DatePhrase, goldEnd, goldStart } from "./DatePhrase.js";
import { daysUntilNextWeekday } from "./dayPart.js";
import { dayPhrase } from "./dayPhrase.js";
import { IntentContext } from "./IntentContext.js";
import { Pools } from "./pools/Pools.js";
import { Random } from "./Random.js";
import { drawQueryStyle } from "./style.js";
import { timedPhrase } from "./timedPhrase.js";

// Tricky "now"s: New Year's Eve late at night, a Saturday year end, leap and non-leap February ends,
// a 31st, a Sunday (the end of chrono's week), a Friday afternoon.
const NOWS: readonly CivilDateTime[] = [
  civil(2024, 12, 31, 23, 10),
  civil(2024, 12, 28, 18, 0),
  civil(2024, 2, 28, 9, 30),
  civil(2023, 2, 28, 20, 45),
  civil(2025, 1, 31, 16, 50),
  civil(2024, 8, 18, 10, 0),
  civil(2024, 5, 24, 14, 5),
];

const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|r|rs|urday)?\b/i;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
const MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Checks a phrase's meaning by calendar rules that do not use the generator's own code paths. */
function expectMeaning(phrase: DatePhrase, now: CivilDateTime): void {
  try {
    expectMeaningOf(phrase, now);
  } catch (error) {
    throw new Error(`"${phrase.text}" → ${goldStart(phrase)}: ${(error as Error).message}`);
  }
}

function expectMeaningOf(phrase: DatePhrase, now: CivilDateTime): void {
  const days = daysBetween(now, phrase.start);
  const text = phrase.text.toLowerCase();
  if (!phrase.dateOnly && phrase.family !== "today")
    expect(compareCivil(phrase.start, now)).toBeGreaterThan(0);
  if (text.includes("the day after tomorrow")) expect(days).toBe(2);
  else if (/\b(tomorrow|tmrw|tmr)\b/.test(text)) expect(days).toBe(1);
  const weekday = WEEKDAY.exec(text)?.[1];
  if (weekday && !MONTH.test(text)) {
    expect(weekdayOf(phrase.start)).toBe(WEEKDAY_INDEX[weekday.toLowerCase()]);
    if (text.includes("next ")) {
      // chrono's "next friday" is that day of the Monday-to-Sunday week after this one.
      const monday = addDays(now, 8 - (((weekdayOf(now) + 6) % 7) + 1));
      expect(daysBetween(monday, phrase.start)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(monday, phrase.start)).toBeLessThan(7);
    } else {
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(6);
    }
  }
  const month = MONTH.exec(text)?.[1];
  if (month && !/\bmon\b/.test(text)) {
    expect(MONTHS[phrase.start.month - 1]).toBe(month.toLowerCase().slice(0, 3));
    expect(days).toBeGreaterThanOrEqual(1);
    expect(days).toBeLessThanOrEqual(366);
  }
  const slash = /\b(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (slash) expect([phrase.start.month, phrase.start.day]).toEqual([Number(slash[1]), Number(slash[2])]);
  const inMinutes = /^in (\d+) (minutes|mins)$/.exec(text);
  if (inMinutes) expect(phrase.start).toEqual(addMinutes(now, Number(inMinutes[1])));
  const inHours = /^in (\d+) (hours?|hrs?)$/.exec(text);
  if (inHours) expect(phrase.start).toEqual(addMinutes(now, 60 * Number(inHours[1])));
}

describe("calendar arithmetic", () => {
  it("rolls days, months and years over", () => {
    expect(formatCivilDate(addDays(civil(2024, 12, 31), 1))).toBe("2025-01-01");
    expect(formatCivilDate(addDays(civil(2024, 2, 28), 1))).toBe("2024-02-29");
    expect(formatCivilDate(addDays(civil(2023, 2, 28), 1))).toBe("2023-03-01");
    expect(formatCivilDate(addDays(civil(2025, 1, 31), 1))).toBe("2025-02-01");
    expect(addMinutes(civil(2024, 12, 31, 23, 10), 120)).toEqual(civil(2025, 1, 1, 1, 10));
  });

  it("finds chrono's next weekday in the week after this one", () => {
    const friday = civil(2024, 5, 24);
    const sunday = civil(2024, 5, 26);
    const monday = civil(2024, 5, 20);
    expect(daysUntilNextWeekday(friday, 2)).toBe(4); // next tuesday: May 28
    expect(daysUntilNextWeekday(friday, 5)).toBe(7); // next friday: May 31
    expect(daysUntilNextWeekday(sunday, 5)).toBe(5); // from Sunday, Friday May 31
    expect(daysUntilNextWeekday(monday, 0)).toBe(13); // next sunday from Monday: June 2
    expect(daysUntilNextWeekday(civil(2024, 12, 31), 5)).toBe(10); // New Year's Eve: Friday Jan 10
  });
});

describe("date phrases", () => {
  for (const now of NOWS) {
    it(`mean what they say and print as meant in the compact prompt, from ${formatCivilDate(now)} ${now.hour}:${now.minute}`, () => {
      for (let seed = 0; seed < 250; seed += 1) {
        const random = new Random(seed * 31 + now.day);
        const phrase =
          seed % 3 === 0 ? dayPhrase(random, now) : timedPhrase(random, now, { range: true, deadline: true });
        expectMeaning(phrase, now);
        const resolved = resolveTimes(`please remind me ${phrase.text} to call Anna`, toLocalDate(now));
        const expected = phrase.dateOnly
          ? { text: expect.any(String), start: goldStart(phrase), dateOnly: true }
          : { text: expect.any(String), start: goldStart(phrase), end: goldEnd(phrase), dateOnly: false };
        expect(resolved, phrase.text).toEqual([expected]);
      }
    });
  }

  it("resolves the examples of the issue", () => {
    const friday = civil(2024, 5, 24, 14, 5);
    const phrases = new Map<string, string>();
    for (let seed = 0; seed < 3000; seed += 1) {
      const phrase = timedPhrase(new Random(seed), friday, { deadline: true });
      phrases.set(phrase.text.toLowerCase(), goldStart(phrase));
    }
    expect(phrases.get("in two hours")).toBe("2024-05-24 16:05:00");
    expect(phrases.get("tomorrow evening")).toBe("2024-05-25 20:00:00");
    expect(phrases.get("by end of day")).toBe("2024-05-24 17:00:00");
    const nextThursday = [...phrases].filter(([text]) => text.startsWith("next thursday"));
    expect(nextThursday.length).toBeGreaterThan(5);
    for (const [, start] of nextThursday) expect(start.slice(0, 10)).toBe("2024-05-30");
  });
});

describe("date phrases in a zone with daylight saving", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("resolve as meant around the switches, so the dataset is the same in every zone", () => {
    const pools = new Pools("train");
    const nows = [
      civil(2024, 3, 5, 20, 0),
      civil(2024, 3, 28, 23, 40),
      civil(2024, 10, 29, 7, 15),
      civil(2024, 11, 1, 22, 5),
    ];
    for (const timeZone of ["America/Los_Angeles", "Europe/Berlin", "Australia/Sydney"]) {
      process.env.TZ = timeZone;
      for (const start of nows) {
        for (let offset = 0; offset < 8; offset += 1) {
          const now = addDays(start, offset);
          for (let seed = 0; seed < 40; seed += 1) {
            const random = new Random(seed);
            const context = new IntentContext(random, pools, "train", now, drawQueryStyle(random));
            const phrase = context.timed({ range: true, deadline: true, event: true });
            const [resolved] = resolveTimes(phrase.text, toLocalDate(now));
            expect(resolved, `${timeZone} ${formatCivilDate(now)} ${phrase.text}`).toMatchObject({
              start: goldStart(phrase),
              end: goldEnd(phrase),
            });
          }
        }
      }
    }
  });
});
