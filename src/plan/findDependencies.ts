/** `$N` and `${N}` as the reference's `ID_PATTERN` finds them (spec §2.2). */
const REFERENCE = /\$\{?(\d+)\}?/g;

/**
 * Every step number written as `$N` or `${N}` anywhere in an action's raw argument text, as the
 * reference finds them (spec §2.4): also inside free text (`"costs $3"` depends on step 3), and
 * only numbers below `idx` (forward and self references are ignored). Unique, ascending.
 */
export function findDependencies(argsText: string, idx: number): number[] {
  const found = new Set<number>();
  for (const match of argsText.matchAll(REFERENCE)) {
    const step = Number(match[1]);
    if (step >= 1 && step < idx) found.add(step);
  }
  return [...found].sort((left, right) => left - right);
}

/** Every step number referenced in `argsText`, whatever its value (for the validator). */
export function findReferences(argsText: string): number[] {
  return [...new Set([...argsText.matchAll(REFERENCE)].map((match) => Number(match[1])))];
}
