import type { PlanValue } from "../plan/index.js";

const MAX_ARGUMENT_LENGTH = 40;

/**
 * A short human label for a step, used in skip reasons: `step 1 (get_phone_number "Sid")`.
 * Arguments print as JSON, each cut to 40 characters so a long email body stays readable.
 */
export function describeStep(idx: number, tool: string, args: readonly PlanValue[]): string {
  const printed = args.map((value) => shorten(JSON.stringify(value) ?? String(value)));
  return `step ${idx} (${[tool, printed.join(", ")].filter((part) => part !== "").join(" ")})`;
}

function shorten(text: string): string {
  const characters = [...text];
  return characters.length > MAX_ARGUMENT_LENGTH
    ? `${characters.slice(0, MAX_ARGUMENT_LENGTH - 1).join("")}…`
    : text;
}
