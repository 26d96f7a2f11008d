import { addDays, type CivilDateTime, daysInMonth, weekdayOf } from "./CivilDateTime.js";
import { monthText, ordinal, weekdayText } from "./dayWords.js";
import type { Random } from "./Random.js";

/** A day named without a time ("tomorrow", "on friday", "June 3rd"), and the date it means. */
export interface DayPart {
  readonly text: string;
  /** Which family it came from, for tests and statistics. */
  readonly family: string;
  readonly date: CivilDateTime;
}

/** Days from `now` to the next `weekday` after today (1–6); today's weekday is never asked for. */
function daysUntilWeekday(now: CivilDateTime, weekday: number): number {
  return (weekday - weekdayOf(now) + 7) % 7;
}

/** chrono's "next friday": that day in the Monday-to-Sunday week after the current one (1–13 days). */
export function daysUntilNextWeekday(now: CivilDateTime, weekday: number): number {
  const isoToday = ((weekdayOf(now) + 6) % 7) + 1;
  const isoTarget = ((weekday + 6) % 7) + 1;
  return 8 - isoToday + isoTarget - 1;
}

function tomorrow(random: Random, now: CivilDateTime): DayPart {
  const text = random.weighted<string>([
    ["tomorrow", 10],
    ["Tomorrow", 1],
    ["tmrw", 1],
    ["tmr", 0.5],
  ]);
  return { text, family: "tomorrow", date: addDays(now, 1) };
}

function weekday(random: Random, now: CivilDateTime, prefix: boolean): DayPart {
  const target = (weekdayOf(now) + random.int(1, 6)) % 7;
  const name = weekdayText(random, target);
  const lead = random.weighted<string>([["", 3], ["this ", 1], ...(prefix ? ([["on ", 3]] as const) : [])]);
  return { text: `${lead}${name}`, family: "weekday", date: addDays(now, daysUntilWeekday(now, target)) };
}

function nextWeekday(random: Random, now: CivilDateTime, prefix: boolean): DayPart {
  const target = random.int(0, 6);
  const lead = prefix && random.chance(0.2) ? "on " : "";
  return {
    text: `${lead}next ${weekdayText(random, target)}`,
    family: "next-weekday",
    date: addDays(now, daysUntilNextWeekday(now, target)),
  };
}

/**
 * A calendar date 1–300 days ahead, written with its month ("June 3rd", "3 June", "6/3", "the 3rd of
 * June", "June 3, 2025"). chrono's forwardDate puts a month and day without a year on their next
 * occurrence, which is exactly this date because it lies less than a year ahead. February 29th is
 * never drawn: a year without one would shift it.
 */
function monthDay(random: Random, now: CivilDateTime, prefix: boolean): DayPart {
  // After a time ("3pm on …") chrono does not join "the 3rd of June" to it.
  let date = addDays(now, random.int(1, 300));
  if (date.month === 2 && date.day === 29) date = addDays(date, 1);
  const month = monthText(random, date.month);
  const day = date.day;
  const text = random.weighted<string>([
    [`${month} ${day}`, 4],
    [`${month} ${ordinal(day)}`, 3],
    [`${day} ${month}`, 1],
    [`the ${ordinal(day)} of ${month}`, prefix ? 0 : 1],
    [`${date.month}/${day}`, 1],
    [`${month} ${day}, ${date.year}`, 1],
  ]);
  const lead = prefix && !text.startsWith("the") && random.chance(0.5) ? "on " : "";
  return { text: `${lead}${text}`, family: "month-day", date };
}

/** "on the 12th": the 1st–28th of this month or, once past, of the next (never today). */
function dayOfMonth(random: Random, now: CivilDateTime): DayPart {
  let day = random.int(1, 28);
  if (day === now.day) day = day === 28 ? 1 : day + 1;
  const sameMonth = day > now.day;
  const month = sameMonth ? now.month : (now.month % 12) + 1;
  const year = sameMonth || now.month < 12 ? now.year : now.year + 1;
  const lead = random.chance(0.6) ? "on " : "";
  return {
    text: `${lead}the ${ordinal(day)}`,
    family: "day-of-month",
    date: { year, month, day: Math.min(day, daysInMonth(year, month)), hour: 0, minute: 0 },
  };
}

/**
 * A day a timed phrase can be attached to ("tomorrow at 3pm", "from 2 to 4pm on June 3"). `prefix`
 * says it may follow a time, so it may take a leading "on" ("3pm on friday") and avoids the forms
 * chrono then reads apart.
 */
export function dayPart(random: Random, now: CivilDateTime, prefix = false): DayPart {
  const family = random.weighted<string>([
    ["tomorrow", 5],
    ["weekday", 4],
    ["next-weekday", 2],
    ["month-day", 3],
    ["day-of-month", 0.7],
  ]);
  switch (family) {
    case "tomorrow":
      return tomorrow(random, now);
    case "weekday":
      return weekday(random, now, prefix);
    case "next-weekday":
      return nextWeekday(random, now, prefix);
    case "month-day":
      return monthDay(random, now, prefix);
    default:
      return dayOfMonth(random, now);
  }
}
