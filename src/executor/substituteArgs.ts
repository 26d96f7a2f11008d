import type { PlanValue } from "../plan/index.js";

/**
 * Splices dependency observations into a step's arguments just before it runs, exactly as the
 * reference does (spec §3.3): in every string, also inside lists (recursively), for each
 * dependency in descending order (so `$12` is replaced before `$1`), `${N}` and then `$N` become
 * the observation text. Untyped: `["$1"]` becomes `["+15551234"]`. Numbers, booleans, null and
 * dicts are left alone, as in the reference.
 */
export function substituteArgs(
  args: readonly PlanValue[],
  deps: readonly number[],
  observations: ReadonlyMap<number, string>,
): PlanValue[] {
  const order = [...deps].sort((left, right) => right - left);
  const substitute = (value: PlanValue): PlanValue => {
    if (typeof value === "string") return substituteText(value, order, observations);
    if (Array.isArray(value)) return value.map(substitute);
    return value;
  };
  return args.map(substitute);
}

function substituteText(
  text: string,
  order: readonly number[],
  observations: ReadonlyMap<number, string>,
): string {
  let result = text;
  for (const dep of order) {
    const observation = observations.get(dep);
    if (observation === undefined) continue;
    // split/join, not replace(): an observation containing `$&` or `$1` must be inserted verbatim.
    result = result.split(`\${${dep}}`).join(observation).split(`$${dep}`).join(observation);
  }
  return result;
}
