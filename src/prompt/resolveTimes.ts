import type { ParsedComponents, ParsedResult } from "chrono-node";
import { compactChrono } from "./compactChrono.js";
import { formatLocalDate, formatLocalDateTime } from "./formatLocalTime.js";

/** One date or time phrase of a query, resolved the way the compact prompt prints it. */
export interface ResolvedTime {
  /** The phrase as it appears in the query ("tomorrow at noon"). */
  readonly text: string;
  /** `YYYY-MM-DD HH:MM:SS` when the phrase has a time of day, else `YYYY-MM-DD`. */
  readonly start: string;
  /** `YYYY-MM-DD HH:MM:SS`: the phrase's own end ("from 2 to 4pm") or start + 60 minutes; absent for a date. */
  readonly end?: string;
  /** The phrase names a day but no time of day (all-day events, reminders): `start` is a date. */
  readonly dateOnly: boolean;
}

/** The reference's default meeting length ("the default meeting duration is 60 minutes"). */
const DEFAULT_DURATION_MINUTES = 60;

// chrono leaves these hours implied rather than certain, but the user did name a time of day.
const PART_OF_DAY_TAGS = [
  "casualReference/morning",
  "casualReference/afternoon",
  "casualReference/evening",
  "casualReference/tonight",
  "casualReference/noon",
  "casualReference/midnight",
];

const hasTimeOfDay = (components: ParsedComponents): boolean =>
  components.isCertain("hour") || PART_OF_DAY_TAGS.some((tag) => components.tags().has(tag));

// A span relative to now says which way it points: "in 2 hours", "next week", "3 days ago",
// "two weeks from now", "the day after tomorrow", "end of next week".
const DIRECTED_SPAN =
  /^(?:in|within|next|this|last|past|after|end|[+-])(?:\b|\s)|\b(?:later|from|ago|hence|after|before)\b/i;

/**
 * With `forwardDate`, chrono reads a bare or "for"-prefixed span as now + span ("for 30 minutes",
 * "a 90 minute meeting", "the day"). Those are durations, which the compact profile leaves to the
 * model to copy as numbers, so they get no line.
 */
const isDuration = (result: ParsedResult): boolean =>
  result.tags().has("result/relativeDate") && !DIRECTED_SPAN.test(result.text);

/** Wall-clock arithmetic, so a 60-minute meeting ends an hour later on the clock even across DST. */
const addMinutes = (date: Date, minutes: number): Date =>
  new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes() + minutes,
    date.getSeconds(),
  );

function endOf(result: ParsedResult, start: Date): Date {
  const end = result.end?.date();
  if (result.end && end && hasTimeOfDay(result.end) && end > start) return end;
  return addMinutes(start, DEFAULT_DURATION_MINUTES);
}

/**
 * The date and time phrases of `query`, in order of appearance, resolved against `now` in its
 * local time zone by chrono-node (`forwardDate: true`, so "friday" and "at 9am" mean the next
 * one) plus two phrases chrono lacks: "end of day" (17:00) and "on the 5th". A phrase with a time
 * of day (certain hour, or morning/afternoon/evening/tonight at chrono's 06/15/20/22 h) gives a
 * start and an end; one without gives a date. Durations ("for 30 minutes") are skipped.
 *
 * The compact prompt prints exactly these values, so the planner copies dates instead of
 * computing them; the dataset generator uses it to check its gold plans.
 */
export function resolveTimes(query: string, now: Date): ResolvedTime[] {
  if (Number.isNaN(now.getTime())) throw new RangeError("resolveTimes needs a valid Date");
  return compactChrono
    .parse(query, now, { forwardDate: true })
    .filter((result) => !isDuration(result))
    .map((result): ResolvedTime => {
      const start = result.start.date();
      if (!hasTimeOfDay(result.start)) {
        return { text: result.text, start: formatLocalDate(start), dateOnly: true };
      }
      return {
        text: result.text,
        start: formatLocalDateTime(start),
        end: formatLocalDateTime(endOf(result, start)),
        dateOnly: false,
      };
    });
}
