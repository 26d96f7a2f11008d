// Python's strftime("%A") in the C locale, which is what the reference prompt was generated with.
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/**
 * The planner prompt's date as `%A %Y-%m-%d %H:%M` in the Date's local time zone, e.g.
 * "Friday 2024-05-24 14:05". Call it per request: the reference froze it at import time, so a
 * long-running server planned with a stale "today". Throws a RangeError for an invalid Date (a caller bug).
 */
export function formatDateLine(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError("formatDateLine needs a valid Date");
  return (
    `${WEEKDAYS[now.getDay()]} ${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}`
  );
}
