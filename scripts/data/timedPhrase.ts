import { addDays, addMinutes, atTime, type CivilDateTime, compareCivil, weekdayOf } from "./CivilDateTime.js";
import { clockText, meridiemClockText, randomClock } from "./clockText.js";
import type { DatePhrase } from "./DatePhrase.js";
import { dayPart } from "./dayPart.js";
import { weekdayText } from "./dayWords.js";
import type { Random } from "./Random.js";

/** What a caller of {@link timedPhrase} can accept. */
export interface TimedPhraseOptions {
  /** "from 2 to 4pm": a phrase with its own end. Default false. */
  readonly range?: boolean;
  /** "by end of day" (reminders and deadlines rather than meetings). Default false. */
  readonly deadline?: boolean;
}

type Family = (random: Random, now: CivilDateTime) => DatePhrase | undefined;

const timed = (text: string, family: string, start: CivilDateTime, end?: CivilDateTime): DatePhrase => ({
  text,
  family,
  start,
  dateOnly: false,
  relativeDays: 0,
  ...(end === undefined ? {} : { end }),
});

/** "tomorrow at 3pm", "3pm on friday", "June 3rd at 10:30", "next monday 9am", "the 12th at noon". */
const dayAt: Family = (random, now) => {
  const { hour, minute } = randomClock(random);
  const clock = clockText(random, hour, minute);
  const timeFirst = random.chance(0.3);
  const day = dayPart(random, now, timeFirst);
  const start = atTime(day.date, hour, minute);
  if (timeFirst) {
    // A time before a date needs "on" for chrono to join them ("3pm on June 3rd", "09:00 on mon").
    const needsOn = day.family !== "tomorrow" && !/^(on|next|this) /.test(day.text);
    const dayText = needsOn ? `on ${day.text}` : day.text;
    return timed(`${random.chance(0.5) ? "at " : ""}${clock} ${dayText}`, `${day.family}-at`, start);
  }
  // "June 3 10am" reads as the year 10: a calendar date is always joined with "at".
  const at = day.family === "day-of-month" || day.family === "month-day" || random.chance(0.8) ? " at " : " ";
  return timed(`${day.text}${at}${clock}`, `${day.family}-at`, start);
};

/** "today at 5pm", "this afternoon at 3pm", "tonight at 8:30pm": only for a time still ahead today. */
const todayAt: Family = (random, now) => {
  const { hour, minute } = randomClock(random, Math.max(7, now.hour + 1), 21);
  if (hour <= now.hour) return undefined;
  const start = atTime(now, hour, minute);
  const clock = clockText(random, hour, minute);
  const words: [string, number][] = [
    [`today at ${clock}`, 4],
    [`at ${clock} today`, 2],
    [`${clock} today`, 1],
  ];
  if (hour >= 12 && hour < 17) words.push([`this afternoon at ${clock}`, 2]);
  if (hour >= 17) words.push([`this evening at ${clock}`, 1], [`tonight at ${clock}`, 2]);
  return timed(random.weighted(words), "today-at", start);
};

/** "at 5pm" alone: today while that time is ahead, else tomorrow (chrono's forwardDate). */
const clockOnly: Family = (random, now) => {
  const { hour, minute } = randomClock(random);
  const today = atTime(now, hour, minute);
  const difference = compareCivil(today, now);
  if (Math.abs(difference) < 15 * 60_000) return undefined;
  const start = difference > 0 ? today : addDays(today, 1);
  return timed(`at ${clockText(random, hour, minute)}`, "clock", start);
};

/** Named parts of the day, at chrono's hours: morning 06:00, afternoon 15:00, evening 20:00, tonight 22:00. */
const partOfDay: Family = (random, now) => {
  const [part, hour] = random.pick([
    ["morning", 6],
    ["afternoon", 15],
    ["evening", 20],
  ] as const);
  const choice = random.int(0, 3);
  if (choice === 0) return timed(`tomorrow ${part}`, "part-of-day", atTime(addDays(now, 1), hour, 0));
  if (choice === 1) {
    const day = addDays(now, random.int(1, 6));
    return timed(`${weekdayText(random, weekdayOf(day))} ${part}`, "part-of-day", atTime(day, hour, 0));
  }
  if (choice === 2) return now.hour < 21 ? timed("tonight", "part-of-day", atTime(now, 22, 0)) : undefined;
  if (part === "morning" || now.hour >= hour - 1) return undefined;
  return timed(`this ${part}`, "part-of-day", atTime(now, hour, 0));
};

/** "in 2 hours", "in 45 minutes", "in half an hour", "3 hours from now": counted from now. */
const inHours: Family = (random, now) => {
  const hours = random.int(1, 8);
  const plural = hours === 1 ? "" : "s";
  const word = ["an", "two", "three", "four", "five", "six", "seven", "eight"][hours - 1] ?? "two";
  const minutes = random.pick([10, 15, 20, 25, 30, 40, 45, 90]);
  const [text, delta] = random.pick<readonly [string, number]>([
    [`in ${hours} hour${plural}`, hours * 60],
    [`in ${word} hour${plural}`, hours * 60],
    [`in ${hours} hr${plural}`, hours * 60],
    [`${hours === 1 ? "an" : hours} hour${plural} from now`, hours * 60],
    [`in ${minutes} minutes`, minutes],
    [`in ${minutes} mins`, minutes],
    ["in half an hour", 30],
    ["in a couple of hours", 120],
  ]);
  const start = addMinutes(now, delta);
  // Nobody books "in 5 hours" at 19:00 for midnight: keep what it resolves to within the day.
  if (start.day !== now.day || start.hour < 7 || start.hour > 22) return undefined;
  return timed(text, "in-hours", start);
};

/** "in 3 days at 5pm". */
const inDaysAt: Family = (random, now) => {
  const days = random.int(2, 6);
  const { hour, minute } = randomClock(random);
  const count = random.chance(0.5)
    ? String(days)
    : (["two", "three", "four", "five", "six"][days - 2] ?? "two");
  const start = atTime(addDays(now, days), hour, minute);
  return {
    ...timed(`in ${count} days at ${clockText(random, hour, minute)}`, "in-days-at", start),
    relativeDays: days,
  };
};

/** "tomorrow from 2 to 4pm", "friday 10am-11:30am", "from 1pm to 2:30pm on June 3". */
const range: Family = (random, now) => {
  const { hour, minute } = randomClock(random, 7, 19);
  const length = random.pick([30, 60, 90, 120, 180]);
  const day = dayPart(random, now, true);
  const start = atTime(day.date, hour, minute);
  const end = addMinutes(start, length);
  const from = meridiemClockText(random, hour, minute);
  const to = meridiemClockText(random, end.hour, end.minute);
  // "from 2 to 4pm" leaves the first meridiem to chrono, which reads it from the second one.
  const sameHalf = hour < 12 === end.hour < 12 && hour % 12 !== 0 && minute === 0;
  const bareFrom = sameHalf && /m$/i.test(to) ? String(hour % 12) : from;
  const onDay = day.text.startsWith("on ") || day.family === "tomorrow" ? day.text : `on ${day.text}`;
  const bareDay = day.text.replace(/^on /, "");
  const text = random.weighted<string>([
    [`${bareDay} from ${bareFrom} to ${to}`, 3],
    [`from ${bareFrom} to ${to} ${onDay}`, 2],
    [`${bareDay} ${from} to ${to}`, 1],
    [`${bareDay} ${from}-${to}`, 1],
  ]);
  return timed(text, "range", start, end);
};

/** "by end of day", "by eod", "by close of business", "by end of day tomorrow": 17:00. */
const endOfDay: Family = (random, now) => {
  const phrase = random.pick([
    "end of day",
    "end of the day",
    "eod",
    "EOD",
    "close of business",
    "end of business day",
  ]);
  if (random.chance(0.3)) return timed(`by ${phrase} tomorrow`, "end-of-day", atTime(addDays(now, 1), 17, 0));
  // Right around 17:00 "by end of day" could mean today or tomorrow: not asked then.
  if ((now.hour === 16 && now.minute >= 45) || (now.hour === 17 && now.minute < 15)) return undefined;
  const today = atTime(now, 17, 0);
  return timed(`by ${phrase}`, "end-of-day", now.hour < 17 ? today : addDays(today, 1));
};

/**
 * A phrase naming a time of day, in one of many forms, with the instant it means relative to `now`.
 * The instant is computed here by calendar rules, independently of chrono-node; the generator then
 * checks that the compact prompt prints the same, so a disagreement is caught rather than learnt.
 */
export function timedPhrase(
  random: Random,
  now: CivilDateTime,
  options: TimedPhraseOptions = {},
): DatePhrase {
  const families: [Family, number][] = [
    [dayAt, 12],
    [todayAt, 2],
    [clockOnly, 1.5],
    [partOfDay, 1],
    [inDaysAt, 0.7],
    [inHours, 2],
  ];
  if (options.range) families.push([range, 2]);
  if (options.deadline) families.push([endOfDay, 2]);
  for (;;) {
    const phrase = random.weighted(families)(random, now);
    if (phrase !== undefined) return phrase;
  }
}
