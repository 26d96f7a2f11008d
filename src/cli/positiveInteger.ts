import { UsageError } from "./UsageError.js";

/** Parses an option that must be a positive integer (`--threads 4`); undefined when not given. */
export function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`${flag} must be a positive integer, got "${value}".`);
  }
  return number;
}
