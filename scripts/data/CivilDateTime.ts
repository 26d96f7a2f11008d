/**
 * A wall-clock date and time with no time zone (what a user means by "tomorrow at 3pm"). The
 * generator does its date arithmetic on these, through UTC, so that its gold dates never depend on
 * the zone of the machine that runs it; `toLocalDate` turns one into the local `Date` that the
 * compact prompt is built from.
 */
export interface CivilDateTime {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const MINUTE_MS = 60_000;
const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

function toUtcMs(time: CivilDateTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
}

function fromUtcMs(ms: number): CivilDateTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

export function civil(year: number, month: number, day: number, hour = 0, minute = 0): CivilDateTime {
  return fromUtcMs(Date.UTC(year, month - 1, day, hour, minute));
}

export function addMinutes(time: CivilDateTime, minutes: number): CivilDateTime {
  return fromUtcMs(toUtcMs(time) + minutes * MINUTE_MS);
}

export function addDays(time: CivilDateTime, days: number): CivilDateTime {
  return addMinutes(time, days * 24 * 60);
}

/** The same day at another clock time. */
export function atTime(time: CivilDateTime, hour: number, minute: number): CivilDateTime {
  return { ...time, hour, minute };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(time: CivilDateTime): number {
  return new Date(toUtcMs(time)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Negative, zero or positive as `left` is before, at or after `right`. */
export function compareCivil(left: CivilDateTime, right: CivilDateTime): number {
  return toUtcMs(left) - toUtcMs(right);
}

/** Whole days from `from`'s date to `to`'s date. */
export function daysBetween(from: CivilDateTime, to: CivilDateTime): number {
  return Math.round((toUtcMs(atTime(to, 0, 0)) - toUtcMs(atTime(from, 0, 0))) / (24 * 60 * MINUTE_MS));
}

/** `YYYY-MM-DD`. */
export function formatCivilDate(time: CivilDateTime): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/** `YYYY-MM-DD HH:MM:SS`, the tools' datetime format. */
export function formatCivilDateTime(time: CivilDateTime): string {
  return `${formatCivilDate(time)} ${pad(time.hour)}:${pad(time.minute)}:00`;
}

/** `YYYY-MM-DDTHH:MM:SS`, a dataset row's `now` (ISO local time, no zone). */
export function formatCivilIso(time: CivilDateTime): string {
  return `${formatCivilDate(time)}T${pad(time.hour)}:${pad(time.minute)}:00`;
}

/** The local `Date` showing this wall-clock time. */
export function toLocalDate(time: CivilDateTime): Date {
  return new Date(time.year, time.month - 1, time.day, time.hour, time.minute);
}
