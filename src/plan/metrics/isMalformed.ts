import type { ToolRegistry } from "../../tools/index.js";
import { validatePlan } from "../validatePlan.js";

/**
 * Whether a predicted plan breaks the plan language in strict mode (unknown tool, wrong arity or
 * argument type, bad `$N`, numbering, missing or early join, syntax): any validatePlan issue.
 */
export function isMalformed(predicted: string, options: { registry: ToolRegistry }): boolean {
  return validatePlan(predicted, { registry: options.registry }).length > 0;
}
