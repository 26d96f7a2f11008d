/** A parsed date or date-time, on a wall-clock timeline (naive values are read as UTC). */
export interface Instant {
  /** Milliseconds since the epoch; a date-only value is its midnight. */
  readonly time: number;
  /** True for `YYYY-MM-DD` without a time of day. */
  readonly dateOnly: boolean;
}

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|[+-]\d{2}:?\d{2})?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;

function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(time);
  // Date.UTC rolls 2024-02-30 over into March; a date that does not round-trip is not a date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return time;
}

function offsetMinutes(zone: string): number {
  if (zone.toLowerCase() === "z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith("-") ? -minutes : minutes;
}

/**
 * Parses the date formats plans use: `YYYY-MM-DD HH:MM:SS` (the prompt's format), `YYYY-MM-DD
 * HH:MM`, ISO with `T` (fractions, `Z` and offsets accepted; an offset converts the value to UTC)
 * and `YYYY-MM-DD`. With `now`, a bare `HH:MM[:SS]` means that time on `now`'s local day.
 * Anything else gives undefined, and callers fall back to comparing the text.
 */
export function parseInstant(text: string, options: { now?: Date } = {}): Instant | undefined {
  const trimmed = text.trim();
  const match = DATE_TIME.exec(trimmed);
  if (match) {
    const [, year, month, day, hour, minute, second, zone] = match;
    const time = wallClock(
      Number(year),
      Number(month),
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
    );
    if (time === undefined) return undefined;
    const shifted = zone === undefined ? time : time - offsetMinutes(zone) * MINUTE;
    return { time: shifted, dateOnly: hour === undefined };
  }
  const timeMatch = options.now ? TIME_ONLY.exec(trimmed) : null;
  if (timeMatch && options.now) {
    const [, hour, minute, second] = timeMatch;
    const now = options.now;
    const time = wallClock(
      now.getFullYear(),
      now.getMonth() + 1,
      now.getDate(),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
    return time === undefined ? undefined : { time, dateOnly: false };
  }
  return undefined;
}

/** The day number of an instant, for all-day comparisons. */
export function dayOf(instant: Instant): number {
  return Math.floor(instant.time / 86_400_000);
}
