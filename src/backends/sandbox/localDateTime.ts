/** A parsed wall-clock time: `value` is `YYYY-MM-DD HH:MM:SS`; `dateOnly` when no time was given. */
export interface LocalDateTime {
  readonly value: string;
  readonly dateOnly: boolean;
}

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function format(milliseconds: number): string {
  const date = new Date(milliseconds);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/**
 * Parses what Python's `datetime.fromisoformat` accepts in the reference: `YYYY-MM-DD`,
 * `YYYY-MM-DD HH:MM[:SS[.ffffff]]`, with a space or `T`. The sandbox is a naive local clock, so
 * a trailing `Z` or offset is accepted and ignored. Returns undefined for anything else,
 * including impossible dates such as 2025-02-30.
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as number[];
  const milliseconds = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
  const date = new Date(milliseconds);
  // Date.UTC rolls 2025-02-30 over to March; a round trip exposes that.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== (month as number) - 1 ||
    date.getUTCDate() !== day ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    return undefined;
  }
  return { value: format(milliseconds), dateOnly: match[4] === undefined };
}

/**
 * Adds minutes to a `YYYY-MM-DD HH:MM:SS` wall-clock time. Computed in UTC on purpose: the
 * sandbox has no time zone, so an hour is always 60 minutes (no daylight-saving jumps).
 */
export function addMinutes(value: string, minutes: number): string {
  const parsed = parseLocalDateTime(value);
  if (!parsed) throw new RangeError(`Not a sandbox date: ${value}`);
  const [date, time] = parsed.value.split(" ") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(":").map(Number) as [number, number, number];
  return format(Date.UTC(year, month - 1, day, hour, minute, second) + minutes * 60_000);
}
