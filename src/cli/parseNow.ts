import { UsageError } from "./UsageError.js";

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/**
 * Parses `--now` as a local wall-clock time ("2024-05-24T14:05"), the way dataset rows record
 * when a query was asked. Without a value, the current time.
 */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const trimmed = value.trim();
  if (!LOCAL_DATE_TIME.test(trimmed)) {
    throw new UsageError(`--now must be a local time like 2024-05-24T14:05, got "${value}".`);
  }
  const [date = "", time = "00:00"] = trimmed.split(/[T ]/);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes, seconds = 0] = time.split(":").map(Number) as [number, number, number?];
  const now = new Date(year, month - 1, day, hours, minutes, seconds);
  if (now.getMonth() !== month - 1 || now.getDate() !== day) {
    throw new UsageError(`--now is not a real date: "${value}".`);
  }
  return now;
}
