import { addMinutes, type CivilDateTime, formatCivilDate, formatCivilDateTime } from "./CivilDateTime.js";

/** The default meeting length, as in the reference ("the default meeting duration is 60 minutes"). */
export const DEFAULT_MEETING_MINUTES = 60;

/**
 * A date or time phrase as it goes into a query ("next thursday at noon"), with the instant the
 * generator meant by it. The compact prompt must print exactly `goldStart`/`goldEnd` for it (the
 * generator checks this on every row), so the planner can copy them into the plan.
 */
export interface DatePhrase {
  readonly text: string;
  /** Which family of phrases it came from ("weekday-at", "in-hours", …), for tests and statistics. */
  readonly family: string;
  readonly start: CivilDateTime;
  /** The phrase's own end ("from 2 to 4pm"); otherwise a meeting lasts 60 minutes. */
  readonly end?: CivilDateTime;
  /** The phrase names a day and no time of day: an all-day reminder. */
  readonly dateOnly: boolean;
  /**
   * How many days ahead a phrase counted from now in elapsed time reaches ("in 3 days at 5pm": 3),
   * else 0. chrono adds such days as 24-hour spans, so a daylight-saving switch in between moves the
   * time by an hour on machines in a zone that switches. ("in 2 hours" stays 0: it never leaves
   * 07:00–22:59 of one day, and zones switch at night.)
   */
  readonly relativeDays: number;
}

/** `YYYY-MM-DD` for a date-only phrase, else `YYYY-MM-DD HH:MM:SS`. */
export function goldStart(phrase: DatePhrase): string {
  return phrase.dateOnly ? formatCivilDate(phrase.start) : formatCivilDateTime(phrase.start);
}

/** The end of an event at this time: the phrase's own end or 60 minutes after the start. */
export function goldEnd(phrase: DatePhrase): string {
  return formatCivilDateTime(phrase.end ?? addMinutes(phrase.start, DEFAULT_MEETING_MINUTES));
}
