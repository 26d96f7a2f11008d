import { addDays, type CivilDateTime, daysInMonth } from "./CivilDateTime.js";
import type { DatePhrase } from "./DatePhrase.js";
import { dayPart } from "./dayPart.js";
import type { Random } from "./Random.js";

const dated = (text: string, family: string, start: CivilDateTime): DatePhrase => ({
  text,
  family,
  start: { ...start, hour: 0, minute: 0 },
  dateOnly: true,
  relativeDays: 0,
});

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "in 3 days", "in a week", "next week", "in two weeks", "the day after tomorrow". */
function relativeDay(random: Random, now: CivilDateTime): DatePhrase {
  const days = random.int(2, 10);
  const [text, offset] = random.pick<readonly [string, number]>([
    [`in ${days} days`, days],
    [`in ${NUMBER_WORDS[days - 2] ?? "two"} days`, days],
    ["in a couple of days", 2],
    ["the day after tomorrow", 2],
    ["in a week", 7],
    ["next week", 7],
    ["in two weeks", 14],
    ["in 2 weeks", 14],
  ]);
  return dated(text, "relative-day", addDays(now, offset));
}

/** "today" and "end of the month" (never on the month's last day, where it would mean today). */
function thisPeriod(random: Random, now: CivilDateTime): DatePhrase | undefined {
  if (random.chance(0.5)) return dated(random.pick(["today", "today", "Today"]), "today", now);
  const last = daysInMonth(now.year, now.month);
  if (now.day === last) return undefined;
  const text = random.pick(["end of the month", "by the end of the month", "at the end of the month"]);
  return dated(text, "end-of-month", { ...now, day: last });
}

/**
 * A phrase naming a day without a time of day ("next friday", "June 3rd", "in 3 days"): an
 * all-day reminder's due date, which the compact prompt prints as `YYYY-MM-DD`.
 */
export function dayPhrase(random: Random, now: CivilDateTime): DatePhrase {
  for (;;) {
    const family = random.weighted<string>([
      ["day", 10],
      ["relative", 3],
      ["period", 1.5],
    ]);
    if (family === "day") {
      const day = dayPart(random, now, true);
      return dated(day.text, day.family, day.date);
    }
    if (family === "relative") return relativeDay(random, now);
    const phrase = thisPeriod(random, now);
    if (phrase !== undefined) return phrase;
  }
}
