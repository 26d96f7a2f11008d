import type { PlanValue } from "../types.js";

// The reference metric's DEPENDENCY_REGEX, applied with re.search: only the first match counts,
// and `${1}` does not match at all.
const FIRST_REFERENCE = /\$(\d+)/;

function firstReference(value: PlanValue): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = FIRST_REFERENCE.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * The `$N` numbers the reference metric reads from a step's arguments (spec §7.2), in argument
 * order, repeats included: the first `$N` of each top-level string argument and of each string
 * directly inside a top-level list argument. Deeper values, numbers and `${N}` are ignored.
 */
export function referenceDependencies(args: readonly PlanValue[]): number[] {
  const found: number[] = [];
  for (const argument of args) {
    const items = Array.isArray(argument) ? argument : [argument];
    for (const item of items) {
      const reference = firstReference(item);
      if (reference !== undefined) found.push(reference);
    }
  }
  return found;
}
